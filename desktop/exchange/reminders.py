"""The reminder mails due today, built from the plans (exchange.plans) and the consent rules (models.consent).

The digest goes to the manager and sees everything (the manager audience). Each organiser of a planned
celebration gets their own invite and reminder, which say only what the organiser audience allows: the
title without a hidden age, the day, what, the budget, the co-organisers and the dietary instruction for
the food (never whose need it is), never notes, never a quiet or no-consent colleague's occasion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.exchange.plans import PlanBook, PlanningItem, organiser_title, plan_book
from desktop.models import mail_texts as texts
from desktop.models.celebration import Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.coming_up import _needs_planning
from desktop.models.consent import dietary_instruction
from desktop.models.gift_policy import GiftRule, rule_for, treat_rule
from desktop.models.i18n import Message
from desktop.models.privacy import former_organisers
from desktop.models.public_holidays import holidays_between
from desktop.models.reminders import DIGEST, INVITE, REMINDER, digest_key, organiser_key, organiser_mail_due
from desktop.store.file_settings import read_settings
from desktop.store.gift_policy_store import load_gift_rules
from desktop.store.repository import Register
from desktop.store.sent_mail import sent_keys


@dataclass(frozen=True)
class Texts:
    """How a run writes: the translator, long dates and money in the mail's language."""

    language: str
    translate: Callable[[Message], str]
    long_date: Callable[[date], str]
    money: Callable[[int], str]
    template: Callable[[str], str]  # a built-in template's source text in this language, placeholders kept


@dataclass(frozen=True)
class DueMail:
    key: str
    kind: str
    to: str
    subject: str
    body: str
    language: str

    def as_json(self) -> dict[str, str]:
        return {"to": self.to, "subject": self.subject, "body": self.body, "kind": self.kind,
                "language": self.language}


def qt_texts() -> Texts:
    """The texts of the current UI language (the command line's --lang, else the saved one)."""
    from PySide6.QtCore import QCoreApplication, QDate, QLocale

    from desktop.i18n import current_language, money_text, text

    def long_date(day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")

    def template(source: str) -> str:
        return QCoreApplication.translate("ReminderMail", source)  # models.mail_texts.CTX

    return Texts(current_language(), text, long_date, money_text, template)


@contextmanager
def qt_texts_in(language: str) -> Iterator[Texts]:
    """The texts of `language` ("nl", "en") while the block runs; the language before it comes back after."""
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import current_language, install_translations

    app, before = QCoreApplication.instance(), current_language()
    if app is None or language == before:
        yield qt_texts()
        return
    install_translations(app, language)
    try:
        yield qt_texts()
    finally:
        install_translations(app, before)


def due_mails(register: Register, today: date, words: Texts,
              words_in: Callable[[str], AbstractContextManager[Texts]] | None = None) -> list[DueMail]:
    """Every mail due today and not yet in the sent-log: the digest first, then the organisers' mails — each in
    the organiser's own language when they have one and `words_in(language)` can write it (qt_texts_in), else
    in `words`' language."""
    settings = read_settings(register.db)
    sent = sent_keys(register.db)
    rules = load_gift_rules(register.db)
    days = int(settings["reminders.digest_days"])
    longest = max([days, *(rule.lead_days for rule in rules)])
    book = plan_book(register, today, today + timedelta(days=longest), earliest=today)
    mails: list[DueMail] = []
    key = digest_key(today, int(settings["reminders.digest_weekday"]))
    if settings["mail.manager"] and key not in sent:
        mails.append(_digest(book, today, days, rules, settings, words, key))
    holidays = holidays_between(today, today + timedelta(days=longest + 1))

    def written(texts_: Texts) -> list[DueMail]:
        def speaks(organiser: Colleague) -> bool:
            return (organiser.language or words.language) == texts_.language
        return [mail for item in book.items
                for mail in _organiser_mails(item, book, today, rules, holidays, settings, texts_, sent, speaks)]

    mails += written(words)
    if words_in is not None:  # organisers who read another language: their mails next, in it
        for language in sorted({c.language for c in book.people.values()} - {"", words.language}):
            with words_in(language) as theirs:
                mails += written(theirs)
    return mails


def _template(settings: dict[str, str], kind: str, part: str, words: Texts) -> str:
    own = settings.get(texts.template_key(kind, part), "")
    return own or words.template(texts.BUILT_IN[(kind, part)])


def _subject(settings: dict[str, str], kind: str, words: Texts, values: dict[str, str]) -> str:
    return " ".join(texts.fill(_template(settings, kind, "subject", words), values).split())


def _needs_plan(item: PlanningItem, rules: tuple[GiftRule, ...], today: date) -> bool:
    if item.stale:
        return True
    if item.celebration is not None and (item.celebration.organisers or item.celebration.status is not Status.TO_PLAN):
        return False
    occasion = item.occasion
    if occasion is None:
        return item.monthly_treat and not item.celebration
    return _needs_planning(occasion) and (item.day - today).days <= rule_for(occasion, rules).lead_days


def _digest(book: PlanBook, today: date, days: int, rules: tuple[GiftRule, ...], settings: dict[str, str],
            words: Texts, key: str) -> DueMail:
    week_end = today + timedelta(days=6 - today.weekday())
    next_end = week_end + timedelta(days=7)
    horizon = today + timedelta(days=days - 1)
    groups: dict[str, list[str]] = {texts.NEEDS_PLAN: [], texts.THIS_WEEK: [], texts.NEXT_WEEK: [], texts.LATER: []}
    for item in book.items:
        if item.day < today or (item.celebration is not None and item.celebration.status is Status.SKIPPED):
            continue
        line = _digest_line(item, book.people, words)
        if _needs_plan(item, rules, today):
            groups[texts.NEEDS_PLAN].append(line)
        if item.day <= week_end:
            groups[texts.THIS_WEEK].append(line)
        elif item.day <= min(next_end, horizon):
            groups[texts.NEXT_WEEK].append(line)
        elif item.day <= horizon:
            groups[texts.LATER].append(line)
    blocks = []
    for heading, lines in groups.items():
        if lines or heading != texts.LATER:
            name = words.translate(texts.message(heading))
            empty = [words.translate(texts.message(texts.NOTHING))]
            blocks.append("\n".join([name, "-" * len(name), *(lines or empty)]))
    values = {"date": words.long_date(today), "days": str(days), "items": "\n\n".join(blocks),
              "count": str(len(groups[texts.NEEDS_PLAN]))}
    body = texts.fill(_template(settings, DIGEST, "body", words), values)
    return DueMail(key, DIGEST, settings["mail.manager"], _subject(settings, DIGEST, words, values), body,
                   words.language)


def _digest_line(item: PlanningItem, people: dict[int, Colleague], words: Texts) -> str:
    parts = [f"- {words.long_date(item.day)}: {words.translate(item.title)}"]
    plan = item.celebration
    if item.stale:
        parts.append(words.translate(texts.message(texts.STALE)))
    elif plan is not None:
        names = [people[o.colleague_id].full_name for o in plan.organisers if o.colleague_id in people]
        if plan.former_organisers:  # organisers forgotten since (models/privacy.py)
            names.append(words.translate(former_organisers(plan)))
        parts.append(", ".join(names) or words.translate(texts.message(texts.NO_ORGANISERS)))
        if plan.what:
            parts.append(plan.what)
        if plan.budget_cents:
            parts.append(words.money(plan.budget_cents))
    return " — ".join(parts)


def organiser_text(kind: str, settings: dict[str, str], words: Texts, first_name: str, title: str,
                   plan: Celebration, food: Sequence[str], names: str, to_all: bool = False) -> tuple[str, str]:
    """(subject, body) of a mail to organisers of `plan`: the kind's template (the file's own, else the built-in
    one) around models.mail_texts.organiser_details. Also the message the planning view opens in the mail
    program (ui/planning/mail.py): one text for both."""
    day = words.long_date(plan.celebration_date)
    budget = words.money(plan.budget_cents) if plan.budget_cents else ""
    details = texts.organiser_details(day, plan.what, budget, food, names, to_all)
    values = {"first_name": first_name, "title": title, "day": day,
              "details": "\n".join(words.translate(line) for line in details)}
    return _subject(settings, kind, words, values), texts.fill(_template(settings, kind, "body", words), values)


def _organiser_mails(item: PlanningItem, book: PlanBook, today: date, rules: tuple[GiftRule, ...],
                     holidays: dict[date, str], settings: dict[str, str], words: Texts, sent: set[str],
                     speaks: Callable[[Colleague], bool]) -> list[DueMail]:
    plan = item.celebration
    if plan is None or not plan.organisers or plan.status in (Status.DONE, Status.SKIPPED):
        return []
    shown = organiser_title(item)  # None: organisers may not be told (quiet, no consent, private, stale)
    if shown is None:
        return []
    occasion = item.occasion
    rule = treat_rule(rules) if occasion is None else rule_for(occasion, rules)
    kind = organiser_mail_due(today, plan.celebration_date, rule.lead_days, holidays)
    if kind is None:
        return []
    organisers = [book.people[o.colleague_id] for o in plan.organisers if o.colleague_id in book.people]
    celebrants = [item.colleague] if item.colleague is not None else []
    if item.monthly_treat:
        month = plan.occasion_date.month
        celebrants = [c for c in book.people.values() if c.birth is not None and c.birth.month == month]
    title = words.translate(shown)
    needs = dietary_instruction(celebrants)
    mails = []
    for organiser in organisers:
        if organiser.id is None or not organiser.email.strip() or not speaks(organiser):
            continue
        key = organiser_key(kind, plan.occasion_key, plan.celebration_date, organiser.id)
        if key in sent:
            continue
        others = ", ".join([*(c.full_name for c in organisers if c.id != organiser.id),
                            *([words.translate(former_organisers(plan))] if plan.former_organisers else [])])
        subject, body = organiser_text(kind, settings, words, organiser.first_name or organiser.full_name, title,
                                       plan, needs, others)
        mails.append(DueMail(key, kind, organiser.email.strip(), subject, body, words.language))
    return mails


__all__ = ["DIGEST", "INVITE", "REMINDER", "DueMail", "Texts", "due_mails", "organiser_text", "qt_texts",
           "qt_texts_in"]
