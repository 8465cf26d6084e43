"""Ask the organisers by e-mail: a prefilled message in the UI's language, opened in the user's mail program,
in the words of the organiser invite that `remind` sends (one text for both: exchange.reminders.organiser_text).

The message goes to colleagues, so it follows the shared rules: the occasion as the shared calendar calls it
(no age or milestone the celebrant keeps to themselves), never for a quiet or no-consent colleague, and
without the manager's own notes on the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.exchange.reminders import organiser_text, qt_texts
from desktop.models.celebration import Celebration
from desktop.models.colleague import Colleague
from desktop.models.reminders import INVITE


@dataclass(frozen=True)
class MailDraft:
    recipients: tuple[str, ...]
    subject: str
    body: str
    without_address: tuple[str, ...] = ()  # organisers' names that have no e-mail address


def organiser_mail(celebration: Celebration, occasion_title: str, people: dict[int, Colleague],
                   dietary: Sequence[str] = (), settings: dict[str, str] | None = None) -> MailDraft:
    """The message to all organisers of `celebration`: whose occasion, what, when, the budget and who does it
    (the organiser audience of models.consent). `occasion_title` is the title organisers may read; `dietary`
    how the food must be made; the plan's notes are the manager's and stay out. The words are the organiser
    invite's, as `remind` sends it (exchange.reminders.organiser_text): the file's own template in `settings`,
    else the built-in one."""
    organisers = [people[o.colleague_id] for o in celebration.organisers if o.colleague_id in people]
    names = [c.full_name for c in organisers]
    first_names = [c.first_name or c.full_name for c in organisers]
    subject, body = organiser_text(INVITE, settings or {}, qt_texts(), _and_list(first_names), occasion_title,
                                   celebration, dietary, _and_list(names) if len(names) > 1 else "", to_all=True)
    return MailDraft(
        tuple(c.email for c in organisers if c.email.strip()),
        subject,
        body,
        tuple(c.full_name for c in organisers if not c.email.strip()),
    )


def _and_list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("AskOrganisers", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def mailto_url(draft: MailDraft) -> QUrl:
    """A mailto: URL with every part percent-encoded (RFC 6068), so '&', '+' and line breaks survive."""
    to = ",".join(quote(address.strip(), safe="@") for address in draft.recipients)
    body = draft.body.replace("\n", "\r\n")
    encoded = f"mailto:{to}?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"
    return QUrl.fromEncoded(encoded.encode("ascii"))


def ask_organisers(
    parent: QWidget | None, celebration: Celebration, occasion_title: str | None, people: dict[int, Colleague],
    dietary: Sequence[str] = (), settings: dict[str, str] | None = None,
) -> bool:
    """Open the mail program with the message; explain instead when nobody can be mailed. `occasion_title`
    None: the occasion is not shared (a quiet or no-consent colleague), so no message is written."""
    title = QCoreApplication.translate("AskOrganisers", "Ask organisers")
    if occasion_title is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "AskOrganisers",
                "This colleague's occasions are not shared with colleagues (they asked for no fuss, or not to be "
                "celebrated), so no message is prepared. Take care of it yourself, or speak to the organisers "
                "in person.",
            ),
        )
        return False
    draft = organiser_mail(celebration, occasion_title, people, dietary, settings)
    if not celebration.organisers:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("AskOrganisers", "This celebration has no organisers yet. Choose them first."),
        )
        return False
    if not draft.recipients:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "AskOrganisers",
                "None of the organisers has an e-mail address. Add their addresses in the colleague list first.",
            ),
        )
        return False
    if draft.without_address:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("AskOrganisers", "No e-mail address for {names}: ask them in person.").format(
                names=", ".join(draft.without_address)
            ),
        )
    if not QDesktopServices.openUrl(mailto_url(draft)):
        QMessageBox.warning(
            parent, title, QCoreApplication.translate("AskOrganisers", "No mail program could be opened.")
        )
        return False
    return True
