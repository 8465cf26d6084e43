"""The calendar's own texts (marked for translation, translated by the caller) and clean text for the file."""

from __future__ import annotations

import re

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Calendar"

SHARED_NAME = QT_TRANSLATE_NOOP("Calendar", "Colleagues' birthdays and anniversaries")
MANAGER_NAME = QT_TRANSLATE_NOOP("Calendar", "Colleagues' occasions (manager)")
ORGANISER_NAME = QT_TRANSLATE_NOOP("Calendar", "Celebrations organised by {name}")
CELEBRATE_ON = QT_TRANSLATE_NOOP("Calendar", "Celebrate on {date}")
PLAN = QT_TRANSLATE_NOOP("Calendar", "Plan: {what}")
ORGANISERS = QT_TRANSLATE_NOOP("Calendar", "Organisers: {names}")
TOGETHER_WITH = QT_TRANSLATE_NOOP("Calendar", "Together with: {names}")
BUDGET = QT_TRANSLATE_NOOP("Calendar", "Budget: € {amount}")
STATUS = QT_TRANSLATE_NOOP("Calendar", "Status: {status}")
NOTES = QT_TRANSLATE_NOOP("Calendar", "Notes: {notes}")
QUIET = QT_TRANSLATE_NOOP("Calendar", "Quiet: celebrate without fuss; not on shared calendars")
OCCASION_ON = QT_TRANSLATE_NOOP("Calendar", "Occasion: {title} on {date}")
CELEBRATION = QT_TRANSLATE_NOOP("Calendar", "Celebration: {title}")
REMINDER = QT_TRANSLATE_NOOP("Calendar", "Start preparing: {title} on {date}")
MONTHLY_TREAT = QT_TRANSLATE_NOOP("Calendar", "Monthly treat")

# C0 and C1 control characters and DEL; iCalendar forbids them (RFC 5545 §3.3.11) and readers choke on them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\s*[\r\n\t]+\s*")


def message(source: str, **params: object) -> Message:
    return Message(CTX, source, params)


def clean_line(text: str) -> str:
    """One line of text for a SUMMARY or a name: control characters removed, line breaks become spaces."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text)).strip()


def clean_text(text: str) -> str:
    """Free text for a DESCRIPTION: line breaks kept (as \\n), every other control character removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n")
    return "\n".join(_CONTROL.sub("", line).rstrip() for line in lines).strip()


def format_day(day) -> str:
    """Dates inside descriptions, the Dutch way (dd-mm-yyyy) as the product does everywhere."""
    return f"{day:%d-%m-%Y}"


def format_money(cents: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(cents / 100, "f", 2)
