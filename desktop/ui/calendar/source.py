"""The plain data the calendar widgets show: colleagues, recorded occasions and department names.

The widgets never open the file; whoever owns the Register reads it and hands the lists over, so one
`OccasionSource` can be shared by the home view, the calendar and the colleague page.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.i18n import current_language, text
from desktop.models.celebration_day import occasion_celebration_day
from desktop.models.colleague import Colleague
from desktop.models.labels import kind_name, title
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Audience, Occasion, occasions_between
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.ui.calendar.style import short_date

CTX = "CalendarSource"


class OccasionRow:
    """One occasion as a list shows it; `detail` is a reason ("in 3 days") or a celebration day suggestion.

    Its texts are worked out when a view first asks for them: a list of hundreds of occasions only ever paints
    the few rows on screen, and the home view is built at start-up.
    """

    def __init__(self, source: OccasionSource, occasion: Occasion, detail: str = "", date_text: str | None = None):
        self._source = source
        self.occasion = occasion
        self.detail = detail
        self.quiet = occasion.quiet
        self._date_text = date_text

    @functools.cached_property
    def date_text(self) -> str:
        return self._date_text if self._date_text is not None else short_date(self.occasion.date)

    @functools.cached_property
    def title(self) -> str:
        return self._source.title(self.occasion)

    @functools.cached_property
    def kind(self) -> str:
        return text(kind_name(self.occasion.kind))

    @functools.cached_property
    def department(self) -> str:
        return self._source.department(self.occasion)


class ColleagueRow:
    """A colleague as a list of occasions shows one who has none (the home view's "nobody forgotten"): the
    name, the department, since when nothing ("nothing for a year") and what to do about it (in the note);
    double-clicking it opens the colleague like any other row."""

    occasion = None
    quiet = False
    date_text = ""
    kind = ""

    def __init__(self, colleague: Colleague, department: str, detail: str, note: str):
        self.colleague_id = colleague.id
        self.title = colleague.full_name
        self.department = department
        self.detail = detail
        self.note = note


class OccasionSource:
    """Occasions of the register for any date range, with names, titles and celebration days."""

    def __init__(self, colleagues: Iterable[Colleague] = (), records: Iterable[RecordedOccasion] = (),
                 departments: Mapping[int, str] | None = None, audience: Audience = Audience.MANAGER,
                 policy: OccasionPolicy = DEFAULT_POLICY):
        self.policy = policy
        self.colleagues: dict[int, Colleague] = {c.id: c for c in colleagues if c.id is not None}
        self.records = list(records)
        self.departments = dict(departments or {})
        self.audience = audience
        self._years: dict[int, tuple[list[Occasion], list[date]]] = {}

    def occasions(self, start: date, end: date, *, cache_years: bool = False) -> list[Occasion]:
        """Occasions from `start` to `end` inclusive, sorted by date.

        Computing a month costs nearly as much as a year (every colleague's anniversaries are walked), so
        views that page through months pass `cache_years=True`: each year is computed once and sliced.
        """
        years = range(start.year, end.year + 1)
        if not cache_years and any(year not in self._years for year in years):
            return occasions_between(self.colleagues.values(), self.records, start, end, self.policy, self.audience)
        found: list[Occasion] = []
        for year in years:
            occasions, days = self.year(year)
            found.extend(occasions[bisect_left(days, start):bisect_right(days, end)])
        return found

    def year(self, year: int) -> tuple[list[Occasion], list[date]]:
        """The year's occasions and their dates (for bisecting), computed on first use."""
        cached = self._years.get(year)
        if cached is None:
            occasions = occasions_between(self.colleagues.values(), self.records, date(year, 1, 1),
                                          date(year, 12, 31), self.policy, self.audience)
            cached = self._years[year] = (occasions, [occasion.date for occasion in occasions])
        return cached

    def has_year(self, year: int) -> bool:
        return year in self._years

    def colleague_occasions(self, colleague_id: int, start: date, end: date) -> list[Occasion]:
        colleague = self.colleagues.get(colleague_id)
        if colleague is None:
            return []
        records = [r for r in self.records if r.colleague_id == colleague_id]
        return occasions_between([colleague], records, start, end, self.policy, self.audience)

    def name(self, occasion: Occasion) -> str:
        colleague = self.colleagues.get(occasion.colleague_id) if occasion.colleague_id is not None else None
        return colleague.full_name if colleague else ""

    def title(self, occasion: Occasion) -> str:
        return text(title(occasion, self.name(occasion), self.policy))

    def department(self, occasion: Occasion) -> str:
        colleague = self.colleagues.get(occasion.colleague_id) if occasion.colleague_id is not None else None
        if colleague is None or colleague.department_id is None:
            return ""
        return self.departments.get(colleague.department_id, "")

    def celebration_day(self, occasion: Occasion, holidays: Mapping[date, str]) -> date:
        """As the occasion report decides it: a welcome never before the first day, a farewell never after."""
        colleague = self.colleagues.get(occasion.colleague_id) if occasion.colleague_id is not None else None
        return occasion_celebration_day(occasion, colleague, holidays)

    def row(self, occasion: Occasion, detail: str = "", date_text: str | None = None) -> OccasionRow:
        return OccasionRow(self, occasion, detail, date_text)

    def colleague_row(self, colleague: Colleague, detail: str, note: str) -> ColleagueRow:
        department = self.departments.get(colleague.department_id, "") if colleague.department_id is not None else ""
        return ColleagueRow(colleague, department, detail, note)

    def calendar_row(self, occasion: Occasion, holidays: Mapping[date, str], say_same_day: bool = True) -> OccasionRow:
        """A row whose detail suggests the day to celebrate on; a long list leaves it empty when that is the
        occasion's own day (`say_same_day=False`), so the moved ones stand out."""
        day = self.celebration_day(occasion, holidays)
        if day == occasion.date:
            detail = QCoreApplication.translate("CalendarSource", "celebrate on the day itself") if say_same_day else ""
        else:
            detail = QCoreApplication.translate("CalendarSource", "celebrate on {day}").format(day=short_date(day))
        return self.row(occasion, detail)


def holidays_around(start: date, end: date) -> dict[date, str]:
    """Dutch public holidays from a week before `start` to a week after `end` (a celebration may move a week),
    named in the UI language. Imports the slow `holidays` package on first use only."""
    from desktop.models.public_holidays import holidays_between

    return holidays_between(start - timedelta(days=7), end + timedelta(days=7), current_language())
