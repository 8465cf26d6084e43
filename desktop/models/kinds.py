"""The kinds of occasion, and the monthly treat: a gathering for the month's birthdays, planned like an occasion."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    BIRTHDAY = "birthday"
    WORK_ANNIVERSARY = "work_anniversary"
    FIRST_DAY = "first_day"
    FAREWELL = "farewell"
    BIRTH = "birth"
    WEDDING = "wedding"
    GET_WELL = "get_well"
    CONDOLENCE = "condolence"
    CUSTOM = "custom"
    # Not an occasion of one colleague: one gathering a month for that month's plain birthdays. It has plans,
    # a gift rule and a budget like the others, but occasions_between never yields it.
    MONTHLY_TREAT = "monthly_treat"


# The kinds an occasion can have (the calendar's legend, the order of rows on a day).
OCCASION_KINDS = tuple(kind for kind in Kind if kind is not Kind.MONTHLY_TREAT)
# Recorded by hand (Occasions › Record occasion), not derived from the register.
RECORDED_KINDS = (Kind.BIRTH, Kind.WEDDING, Kind.GET_WELL, Kind.CONDOLENCE, Kind.CUSTOM)
KIND_ORDER = {kind: index for index, kind in enumerate(Kind)}
