"""The calendar's own texts, marked for translation and translated by the caller."""

from __future__ import annotations

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.text import clean_line as clean_line
from desktop.models.text import clean_text as clean_text

CTX = "Calendar"

SHARED_NAME = QT_TRANSLATE_NOOP("Calendar", "Colleagues' birthdays and anniversaries")
MANAGER_NAME = QT_TRANSLATE_NOOP("Calendar", "Colleagues' occasions (manager)")
ORGANISER_NAME = QT_TRANSLATE_NOOP("Calendar", "Celebrations organised by {name}")
CELEBRATE_ON = QT_TRANSLATE_NOOP("Calendar", "Celebrate on {date}")
PLAN = QT_TRANSLATE_NOOP("Calendar", "Plan: {what}")
ORGANISERS = QT_TRANSLATE_NOOP("Calendar", "Organisers: {names}")
TOGETHER_WITH = QT_TRANSLATE_NOOP("Calendar", "Together with: {names}")
BUDGET = QT_TRANSLATE_NOOP("Calendar", "Budget: {amount}")
STATUS = QT_TRANSLATE_NOOP("Calendar", "Status: {status}")
NOTES = QT_TRANSLATE_NOOP("Calendar", "Notes: {notes}")
QUIET = QT_TRANSLATE_NOOP("Calendar", "Quiet: celebrate without fuss; not on shared calendars")
OCCASION_ON = QT_TRANSLATE_NOOP("Calendar", "Occasion: {title} on {date}")
CELEBRATION = QT_TRANSLATE_NOOP("Calendar", "Celebration: {title}")
REMINDER = QT_TRANSLATE_NOOP("Calendar", "Start preparing: {title} on {date}")
DIETARY = QT_TRANSLATE_NOOP("Calendar", "Make the food: {needs}")
STALE_PLAN = QT_TRANSLATE_NOOP("Calendar", "Plan for an occasion that moved or is gone: {title}")
STALE_ADVICE = QT_TRANSLATE_NOOP("Calendar", "Move this plan to the occasion's new date, or delete it.")


def message(source: str, **params: object) -> Message:
    return Message(CTX, source, params)
