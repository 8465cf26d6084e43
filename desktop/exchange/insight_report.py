"""The connection figures of a period as the Connections page and its printed page show them: departments by
name, colleagues by name, the load sorted, and the periods the page offers (the figures are models.connections,
read from the file by exchange.insight). Manager audience: it names colleagues; the printed page leaves the
names out unless asked (render/insight_pages.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.exchange.insight import period_insight
from desktop.models.colleague import Colleague, fold, name_sort_key
from desktop.models.connections import Headline
from desktop.models.dates import add_months
from desktop.store.repository import Register


class Preset(StrEnum):
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CHOSEN = "chosen"  # from and to as typed


def preset_period(preset: Preset, today: date) -> tuple[date, date] | None:
    """The period a preset stands for on `today` (None for a chosen period). The last twelve months end today."""
    if preset is Preset.LAST_12_MONTHS:
        return add_months(today, -12) + timedelta(days=1), today
    if preset is Preset.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset is Preset.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    department: str  # "" without one


@dataclass(frozen=True)
class LoadEntry:
    person: Person
    turns: int
    effort: float


@dataclass(frozen=True)
class InsightReport:
    start: date
    end: date
    celebrations: int
    departments: list[str]  # with an employed colleague in the period, by name
    links: dict[tuple[int, int], int]  # (i, j) indexes into `departments`, i < j → celebrations linking them
    pairs_linked_share: float | None
    ei_overall: float | None
    ei_per_department: list[float | None]  # beside `departments`
    load: list[LoadEntry]  # most effort first, then by name
    load_max: float
    load_min: float
    load_mean: float
    gini: float
    not_celebrated: list[tuple[Person, str]]  # (colleague, reason code) by name
    never_organised: list[Person]  # by name
    new_ties: int
    quarters: list[Headline]

    def count(self, a: int, b: int) -> int:
        """Celebrations linking departments `a` and `b` (indexes, either order); 0 for a department with itself."""
        return self.links.get((min(a, b), max(a, b)), 0)

    @property
    def highest_link(self) -> int:
        return max(self.links.values(), default=0)

    def pairs(self) -> tuple[int, int]:
        """(linked pairs, all pairs) of departments."""
        n = len(self.departments)
        return sum(1 for count in self.links.values() if count), n * (n - 1) // 2


def insight_report(register: Register, start: date, end: date) -> InsightReport:
    found, book = period_insight(register, start, end)
    department_names = {d.id: d.name for d in register.departments() if d.id is not None}
    ids = sorted(found.departments, key=lambda d: fold(department_names.get(d, "")))
    index = {department: i for i, department in enumerate(ids)}
    links = {}
    for (a, b), count in found.links.items():
        if a in index and b in index and count:
            i, j = sorted((index[a], index[b]))
            links[(i, j)] = count
    people = book.people

    def person(cid: int) -> Person:
        colleague = people.get(cid) or Colleague(id=cid)
        return Person(cid, colleague.full_name, department_names.get(colleague.department_id, "")
                      if colleague.department_id is not None else "")

    def by_name(cid: int) -> tuple[str, str, str]:
        colleague = people.get(cid)
        return name_sort_key(colleague) if colleague is not None else ("", "", "")

    load = found.load
    entries = [LoadEntry(person(cid), load.turns[cid], load.effort[cid])
               for cid in sorted(load.turns, key=lambda cid: (-load.effort[cid], by_name(cid)))]
    return InsightReport(
        start, end, found.celebrations, [department_names.get(d, "") for d in ids], links,
        found.pairs_linked_share, found.ei_overall, [found.ei_per_department.get(d) for d in ids], entries,
        load.max, load.min, load.mean, load.gini,
        [(person(cid), reason) for cid, reason in sorted(found.not_celebrated, key=lambda item: by_name(item[0]))],
        [person(cid) for cid in sorted(found.never_organised, key=by_name)], found.new_ties, found.quarters)
