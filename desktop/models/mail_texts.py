"""The reminder mails' texts: built-in templates (translated like every text) and the placeholders each may use.

A template set in the file (`template.<kind>.subject` / `.body`, models.file_settings) replaces the built-in
one; it is checked to use only its kind's placeholders, so a typo is refused before it is stored, never
found in a mail on Monday morning.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.reminders import DIGEST, INVITE, REMINDER

CTX = "ReminderMail"

PLACEHOLDERS: dict[str, frozenset[str]] = {
    DIGEST: frozenset({"date", "days", "items", "count"}),
    INVITE: frozenset({"first_name", "title", "day", "details"}),
    REMINDER: frozenset({"first_name", "title", "day", "details"}),
}

BUILT_IN: dict[tuple[str, str], str] = {
    (DIGEST, "subject"): QT_TRANSLATE_NOOP("ReminderMail", "Celebrations from {date}: {count} to see to"),
    (DIGEST, "body"): QT_TRANSLATE_NOOP("ReminderMail", "Good morning,\n\nWhat is coming in the next {days} days, "
                                                        "and what still needs a plan:\n\n{items}\n\n"
                                                        "Social Calendar"),
    (INVITE, "subject"): QT_TRANSLATE_NOOP("ReminderMail", "To organise: {title} on {day}"),
    (INVITE, "body"): QT_TRANSLATE_NOOP("ReminderMail", "Hello {first_name},\n\nYou are organising the "
                                                        "celebration for {title}. Thank you!\n\n{details}\n\n"
                                                        "Questions? Just reply to this mail."),
    (REMINDER, "subject"): QT_TRANSLATE_NOOP("ReminderMail", "Reminder: {title} on {day}"),
    (REMINDER, "body"): QT_TRANSLATE_NOOP("ReminderMail", "Hello {first_name},\n\nA short reminder: the "
                                                          "celebration for {title} is on {day}.\n\n{details}"),
}

NEEDS_PLAN = QT_TRANSLATE_NOOP("ReminderMail", "Needs a plan")
THIS_WEEK = QT_TRANSLATE_NOOP("ReminderMail", "This week")
NEXT_WEEK = QT_TRANSLATE_NOOP("ReminderMail", "Next week")
LATER = QT_TRANSLATE_NOOP("ReminderMail", "Later")
NOTHING = QT_TRANSLATE_NOOP("ReminderMail", "(nothing)")
STALE = QT_TRANSLATE_NOOP("ReminderMail", "its occasion moved: check the plan")
NO_ORGANISERS = QT_TRANSLATE_NOOP("ReminderMail", "no organisers yet")
WHEN = QT_TRANSLATE_NOOP("ReminderMail", "When: {day}")
WHAT = QT_TRANSLATE_NOOP("ReminderMail", "What: {what}")
BUDGET = QT_TRANSLATE_NOOP("ReminderMail", "Budget: {amount}")
FOOD = QT_TRANSLATE_NOOP("ReminderMail", "Food: please make it {needs}")
WITH = QT_TRANSLATE_NOOP("ReminderMail", "Organising with you: {names}")
ORGANISERS = QT_TRANSLATE_NOOP("ReminderMail", "Organisers: {names}")
TEST_SUBJECT = QT_TRANSLATE_NOOP("ReminderMail", "Social Calendar: test mail")
TEST_BODY = QT_TRANSLATE_NOOP("ReminderMail", "This test mail shows that Social Calendar can send the reminders.")


def message(source: str, **params: object) -> Message:
    return Message(CTX, source, dict(params))


def organiser_details(day: str, what: str, budget: str, food: Sequence[str], names: str, to_all: bool = False
                      ) -> list[Message]:
    """The lines of what an organiser mail tells (the organiser audience of models.consent): when, what, the
    budget, how to make the food (never whose need it is) and who else organises — `names` the others for one
    organiser's own mail, or everyone (`to_all`) for one message to all of them. Empty parts are left out."""
    lines = [message(WHEN, day=day)]
    if what:
        lines.append(message(WHAT, what=what))
    if budget:
        lines.append(message(BUDGET, amount=budget))
    if food:
        lines.append(message(FOOD, needs=", ".join(food)))
    if names:
        lines.append(message(ORGANISERS if to_all else WITH, names=names))
    return lines


def template_key(kind: str, part: str) -> str:
    return f"template.{kind}.{part}"


def unknown_placeholders(kind: str, template: str) -> list[str]:
    """The placeholders in `template` that its kind does not fill (also a broken brace: ["{"])."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        return ["{"]
    return sorted({name for name in names if name not in PLACEHOLDERS[kind]})


def fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)
