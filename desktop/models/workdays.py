"""Working days of part-timers, written the way Dutch and English HR sheets write them."""

from __future__ import annotations

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "WorkDays"

_NAMES = {
    0: ("ma", "maandag", "mon", "monday", "mo"),
    1: ("di", "dinsdag", "tue", "tuesday", "tu", "tues"),
    2: ("wo", "woensdag", "wed", "wednesday", "we"),
    3: ("do", "donderdag", "thu", "thursday", "th", "thur", "thurs"),
    4: ("vr", "vrijdag", "fri", "friday", "fr"),
    5: ("za", "zaterdag", "sat", "saturday", "sa"),
    6: ("zo", "zondag", "sun", "sunday", "su"),
}
_LOOKUP = {name: day for day, names in _NAMES.items() for name in names}
_CANONICAL = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class WorkDaysError(ValueError):
    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


def parse_work_days(text: str) -> frozenset[int]:
    """`ma,di,do`, `mon tue thu`, `ma-vr` or `mon-fri` → weekday numbers (Monday is 0)."""
    days: set[int] = set()
    for token in text.replace(";", ",").replace("/", ",").replace(" ", ",").split(","):
        token = token.strip().strip(".").casefold()
        if not token:
            continue
        if "-" in token:
            start, _, end = token.partition("-")
            if start in _LOOKUP and end in _LOOKUP and _LOOKUP[start] <= _LOOKUP[end]:
                days.update(range(_LOOKUP[start], _LOOKUP[end] + 1))
                continue
        if token not in _LOOKUP:
            source = QT_TRANSLATE_NOOP("WorkDays", "{token} is not a weekday (use ma,di,wo or mon,tue,wed)")
            raise WorkDaysError(Message(CTX, source, {"token": token}))
        days.add(_LOOKUP[token])
    if not days:
        raise WorkDaysError(Message(CTX, QT_TRANSLATE_NOOP("WorkDays", "no working days given")))
    return frozenset(days)


def format_work_days(days: frozenset[int]) -> str:
    """Stable storage form: `mon,tue,thu`."""
    return ",".join(_CANONICAL[day] for day in sorted(days))
