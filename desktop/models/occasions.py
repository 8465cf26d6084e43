"""Every occasion in a date range: birthdays, work anniversaries, first and last days, and recorded events.

The rules (the README's "Occasions and their rules"): occasions only while employed, 29 February per the
colleague's choice, 12.5 years as 12 years and 6 months clamped to the month's end, consent `no` gives
nothing and `quiet` is for the manager's eyes only (models.consent).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from desktop.models.colleague import Celebrate, Colleague, birthday_in_year
from desktop.models.consent import Audience as Audience
from desktop.models.consent import celebrated, occasion_for
from desktop.models.dates import add_months
from desktop.models.kinds import KIND_ORDER
from desktop.models.kinds import Kind as Kind
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.models.repeat import occurrences


@dataclass(frozen=True, slots=True)
class Occasion:
    date: date
    kind: Kind
    colleague_id: int | None  # None: a custom occasion for everyone
    age: int | None = None  # birthdays: the age reached; None when unknown or hidden
    years: Fraction | None = None  # work anniversaries: 5, 10, 12.5 ...
    milestone: bool = False
    record_id: int | None = None  # recorded occasions: their row
    title: str = ""  # custom occasions
    child_name: str = ""  # births
    quiet: bool = False  # the colleague asked for no fuss in public: manager audience only
    repeated: bool = False  # a recorded occasion's return in a later year (its plans are per year)

    @property
    def key(self) -> str:
        """Stable identity of this occasion across runs (for plans and calendar UIDs)."""
        if self.record_id is not None:
            # The first time keeps the key it had before it repeated, so its plan stays matched.
            return f"record-{self.record_id}-{self.date.year}" if self.repeated else f"record-{self.record_id}"
        return f"{self.kind.value}-{self.colleague_id}-{self.date.isoformat()}"


def occasions_between(colleagues: Iterable[Colleague], records: Iterable[RecordedOccasion], start: date,
                      end: date, policy: OccasionPolicy = DEFAULT_POLICY,
                      audience: Audience = Audience.MANAGER) -> list[Occasion]:
    """All occasions from `start` to `end` inclusive that `audience` may see (models.consent), sorted by date,
    kind and colleague. Recorded occasions count only while the colleague is employed."""
    people = {colleague.id: colleague for colleague in colleagues}
    found: list[Occasion] = []
    colleague: Colleague | None  # a recorded occasion's colleague may be gone
    for colleague in people.values():
        if celebrated(colleague):
            found.extend(_for_colleague(colleague, start, end, policy))
    for record in records:
        days = occurrences(record.date, record.repeat, record.until, start, end) if record.repeat else (
            [(record.date, False)] if start <= record.date <= end else [])
        colleague = people.get(record.colleague_id) if record.colleague_id is not None else None
        for day, repeated in days:
            if record.colleague_id is not None and (colleague is None or not celebrated(colleague)
                                                    or not colleague.employed_on(day)):
                continue
            found.append(Occasion(day, Kind(record.kind), record.colleague_id, record_id=record.id,
                                  title=record.title, child_name=record.child_name, repeated=repeated,
                                  quiet=colleague is not None and colleague.celebrate is Celebrate.QUIET))
    if audience is not Audience.MANAGER:
        found = [shown for occasion in found
                 if (shown := occasion_for(audience, occasion, people.get(occasion.colleague_id))) is not None]
    found.sort(key=lambda o: (o.date, KIND_ORDER[o.kind], o.colleague_id or 0, o.record_id or 0))
    return found


def _for_colleague(colleague: Colleague, start: date, end: date, policy: OccasionPolicy) -> Iterator[Occasion]:
    quiet = colleague.celebrate is Celebrate.QUIET
    if colleague.birth is not None:
        for year in range(start.year, end.year + 1):
            day = birthday_in_year(colleague.birth, year, colleague.leap_day)
            if start <= day <= end and colleague.employed_on(day):
                age = year - colleague.birth.year if colleague.birth.year is not None else None
                if age is not None and age <= 0:
                    continue
                yield Occasion(day, Kind.BIRTHDAY, colleague.id, age=age, milestone=policy.is_milestone_age(age),
                               quiet=quiet)
    service = colleague.effective_service_start
    if service is not None:
        # Only the anniversaries whose month falls in the range (give or take one) are worth computing.
        anniversaries = policy.anniversary_months
        first = (start.year - service.year) * 12 + start.month - service.month - 1
        last = (end.year - service.year) * 12 + end.month - service.month + 1
        index = bisect.bisect_left(anniversaries, (first,))
        while index < len(anniversaries) and anniversaries[index][0] <= last:
            months, years = anniversaries[index]
            index += 1
            day = add_months(service, months)
            if start <= day <= end and colleague.employed_on(day):
                yield Occasion(day, Kind.WORK_ANNIVERSARY, colleague.id, years=years,
                               milestone=years in policy.milestone_years, quiet=quiet)
    if colleague.hire_date is not None and start <= colleague.hire_date <= end:
        yield Occasion(colleague.hire_date, Kind.FIRST_DAY, colleague.id, quiet=quiet)
    if colleague.end_date is not None and start <= colleague.end_date <= end:
        yield Occasion(colleague.end_date, Kind.FAREWELL, colleague.id, quiet=quiet)
