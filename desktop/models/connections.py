"""How celebrations tied the organisation together in a period: department links, ties, load, gaps.

The definitions (issue 15, README "Connections"): a celebration counts when its plan is planned or done and
its occasion lies in the period (never skipped, never stale: the caller gives only those, models.plans decides
which they are). Its **participants** are its celebrants and its organisers.
- A celebration **links** departments A and B when it has participants from both (once per celebration).
- Every unordered pair of participants other than two celebrants is a **tie**, *external* across
  departments, *internal* within one; the **E-I index** (Krackhardt & Stern) is (E − I) / (E + I).
- **Load**: turns and effort-weighted turns of every willing colleague employed in the period; Gini over effort.
- **New ties**: organiser pairs who had never organised together before.

Everything here is linear in the participants (plus a sort for the Gini), so a year of 20,000 colleagues
takes well under a second.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.models.celebration import Celebration, Status
from desktop.models.colleague import Celebrate, Colleague

Pair = tuple[int, int]  # (smaller id, larger id)


@dataclass(frozen=True, slots=True)
class Counted:
    """One counted celebration: its day, its celebrants (none for an occasion of everyone), its organisers."""

    day: date
    celebrants: tuple[int, ...]
    organisers: tuple[int, ...]
    effort: float = 1.0


@dataclass(frozen=True, slots=True)
class Gap:
    """An occasion-level fact the caller knows about a colleague in the period (for the reasons)."""

    colleague_id: int
    state: str  # "skipped", "stale" or "unplanned": an occasion of theirs without a counted plan


@dataclass(frozen=True)
class Load:
    turns: dict[int, int]  # colleague id → turns, for everyone in the pool
    effort: dict[int, float]
    max: float
    min: float
    mean: float
    gini: float


@dataclass(frozen=True)
class Headline:
    """The figures repeated per quarter."""

    start: date
    end: date
    celebrations: int
    pairs_linked_share: float | None  # None: fewer than two departments
    ei_index: float | None  # None: no ties at all
    gini: float
    new_ties: int


@dataclass(frozen=True)
class Insight:
    start: date
    end: date
    celebrations: int
    departments: list[int]  # departments with an employed colleague in the period
    links: dict[Pair, int]  # department pair → celebrations linking it
    pairs_linked_share: float | None
    ei_overall: float | None
    ei_per_department: dict[int, float | None]
    load: Load
    not_celebrated: list[tuple[int, str]]  # (colleague id, reason)
    never_organised: list[int]
    new_ties: int
    quarters: list[Headline] = field(default_factory=list)


def _pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def employed_during(colleague: Colleague, start: date, end: date) -> bool:
    return ((colleague.hire_date is None or colleague.hire_date <= end)
            and (colleague.end_date is None or colleague.end_date >= start))


def employed_throughout(colleague: Colleague, start: date, end: date) -> bool:
    return ((colleague.hire_date is None or colleague.hire_date <= start)
            and (colleague.end_date is None or colleague.end_date >= end))


def ei_index(external: int, internal: int) -> float | None:
    total = external + internal
    return None if total == 0 else (external - internal) / total


def gini(values: Sequence[float]) -> float:
    """The Gini coefficient (0: all equal; towards 1: one carries everything); 0 for nobody or no load."""
    ordered = sorted(values)
    n, total = len(ordered), sum(ordered)
    if n == 0 or total <= 0:
        return 0.0
    weighted = sum((i + 1) * x for i, x in enumerate(ordered))
    return max(0.0, min(1.0, 2 * weighted / (n * total) - (n + 1) / n))


def _departments_of(people: Mapping[int, Colleague], ids: Iterable[int]) -> set[int]:
    found = set()
    for cid in ids:
        colleague = people.get(cid)
        if colleague is not None and colleague.department_id is not None:
            found.add(colleague.department_id)
    return found


def linked_pairs(item: Counted, people: Mapping[int, Colleague],
                 departments: Mapping[int, int | None] | None = None) -> list[Pair]:
    """The department pairs one celebration links (each once): its participants' departments, two by two.
    `departments`: colleague id → department, when the caller has it at hand (else read from `people`)."""
    if departments is None:
        present = _departments_of(people, (*item.celebrants, *item.organisers))
    else:
        present = {d for cid in (*item.celebrants, *item.organisers) if (d := departments.get(cid)) is not None}
    return list(itertools.combinations(sorted(present), 2))


def department_links(celebrations: Iterable[Counted], people: Mapping[int, Colleague]) -> Counter[Pair]:
    links: Counter[Pair] = Counter()
    for item in celebrations:
        links.update(linked_pairs(item, people))
    return links


def ties(item: Counted) -> set[Pair]:
    """The ties of one celebration: celebrant–organiser and organiser–organiser, each pair once."""
    if len(item.organisers) == 1:  # most celebrations: one organiser
        organiser = item.organisers[0]
        return {_pair(c, organiser) for c in item.celebrants if c != organiser}
    found = {_pair(a, b) for a, b in itertools.combinations(set(item.organisers), 2)}
    found.update(_pair(c, o) for c in set(item.celebrants) for o in set(item.organisers) if c != o)
    return found


@dataclass
class _Tally:
    """The additive parts of the figures over some celebrations, so that a period is read once: each
    quarter is tallied and the period is the sum of its quarters."""

    links: Counter[Pair] = field(default_factory=Counter)
    external: int = 0
    internal: int = 0
    per_department: dict[int, list[int]] = field(default_factory=dict)  # department → [external, internal]
    turns: Counter[int] = field(default_factory=Counter)
    effort: Counter[int] = field(default_factory=Counter)
    pairs: set[Pair] = field(default_factory=set)  # organiser pairs

    @classmethod
    def of(cls, celebrations: Iterable[Counted], people: Mapping[int, Colleague],
           departments: Mapping[int, int | None] | None = None) -> _Tally:
        """`departments`: colleague id → department, when the caller has it at hand (else read from `people`)."""
        tally = cls()
        per = tally.per_department
        if departments is None:
            departments = {cid: c.department_id for cid, c in people.items()}
        department_of = departments.get
        links, turns, effort = tally.links, tally.turns, tally.effort
        external = internal = 0
        for item in celebrations:
            links.update(linked_pairs(item, people, departments))
            for a, b in ties(item):
                da, db = department_of(a), department_of(b)
                if da is None or db is None:
                    continue  # someone of no department: neither external nor internal
                if da != db:
                    external += 1
                    per.setdefault(da, [0, 0])[0] += 1
                    per.setdefault(db, [0, 0])[0] += 1
                else:
                    internal += 1
                    per.setdefault(da, [0, 0])[1] += 1
            organisers = set(item.organisers)
            for cid in organisers:
                turns[cid] = turns.get(cid, 0) + 1
                effort[cid] = effort.get(cid, 0.0) + item.effort  # type: ignore[assignment]
            if len(organisers) > 1:
                tally.pairs.update(_pair(a, b) for a, b in itertools.combinations(organisers, 2))
        tally.external, tally.internal = external, internal
        return tally

    def add(self, other: _Tally) -> None:
        self.links.update(other.links)
        self.external += other.external
        self.internal += other.internal
        for dept, (e, i) in other.per_department.items():
            counts = self.per_department.setdefault(dept, [0, 0])
            counts[0] += e
            counts[1] += i
        self.turns.update(other.turns)
        self.effort.update(other.effort)
        self.pairs |= other.pairs

    def ei(self) -> tuple[float | None, dict[int, float | None]]:
        return (ei_index(self.external, self.internal),
                {d: ei_index(e, i) for d, (e, i) in self.per_department.items()})

    def load(self, pool: Iterable[int]) -> Load:
        pool = list(pool)
        turns = {cid: self.turns.get(cid, 0) for cid in pool}
        effort = {cid: float(self.effort.get(cid, 0.0)) for cid in pool}
        values = list(effort.values())
        if not values:
            return Load(turns, effort, 0.0, 0.0, 0.0, 0.0)
        return Load(turns, effort, max(values), min(values), sum(values) / len(values), gini(values))


def ei_figures(celebrations: Iterable[Counted], people: Mapping[int, Colleague]
               ) -> tuple[float | None, dict[int, float | None]]:
    """The E-I index overall and per department (over the ties that involve one of its members); a tie with
    someone of no department is neither external nor internal and is left out."""
    return _Tally.of(celebrations, people).ei()


def load_figures(celebrations: Iterable[Counted], pool: Iterable[int]) -> Load:
    return _Tally.of(celebrations, {}).load(pool)


def organiser_pairs(celebrations: Iterable[Counted]) -> set[Pair]:
    return _Tally.of(celebrations, {}).pairs


def _share(links: Mapping[Pair, int], departments: Sequence[int]) -> float | None:
    n = len(departments)
    if n < 2:
        return None
    known = set(departments)
    linked = sum(1 for (a, b), count in links.items() if count and a in known and b in known)
    return linked / (n * (n - 1) // 2)


def _active_departments(people: Mapping[int, Colleague], start: date, end: date) -> list[int]:
    return sorted({c.department_id for c in people.values()
                   if c.department_id is not None and employed_during(c, start, end)})


def quarters_of(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar quarters the period touches, clipped to it."""
    found, first = [], date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
    while first <= end:
        month = first.month + 3
        following = date(first.year + (month > 12), (month - 1) % 12 + 1, 1)
        found.append((max(first, start), min(following - timedelta(days=1), end)))
        first = following
    return found


def _pool(people: Mapping[int, Colleague], start: date, end: date) -> list[int]:
    return [cid for cid, c in people.items() if c.organises and employed_during(c, start, end)]


def _headline(tally: _Tally, count: int, people: Mapping[int, Colleague], start: date, end: date,
              before: set[Pair]) -> Headline:
    return Headline(start, end, count, _share(tally.links, _active_departments(people, start, end)),
                    tally.ei()[0], tally.load(_pool(people, start, end)).gini, len(tally.pairs - before))


def _reason(colleague: Colleague, start: date, gaps: Mapping[int, set[str]]) -> str:
    states = gaps.get(colleague.id or -1, set())
    if "skipped" in states:
        return "skipped"
    if "stale" in states:
        return "plan_outdated"
    if "unplanned" in states:
        return "no_plan"
    return no_occasion_reason(colleague, start)


def no_occasion_reason(colleague: Colleague, start: date) -> str:
    """Why a colleague had no occasion in a period from `start` (the home view asks it of the year ahead)."""
    if colleague.birth is None:
        return "no_birth_date"
    if colleague.hire_date is not None and colleague.hire_date > start:
        return "joined_recently"
    return "no_occasion"


def insight(celebrations: Iterable[Counted], people: Mapping[int, Colleague], start: date, end: date,
            earlier_pairs: Iterable[Pair] = (), gaps: Iterable[Gap] = ()) -> Insight:
    """The figures of the period. `celebrations`: the counted ones (any outside the period are ignored);
    `earlier_pairs`: organiser pairs who organised together before `start`; `gaps`: occasions of the period
    without a counted plan, for the reasons colleagues were not celebrated."""
    counted = sorted((c for c in celebrations if start <= c.day <= end), key=lambda c: c.day)
    before = {_pair(a, b) for a, b in earlier_pairs}
    total, quarters = _Tally(), []
    seen = set(before)
    departments_of = {cid: c.department_id for cid, c in people.items()}
    for q_start, q_end in quarters_of(start, end):
        inside = [c for c in counted if q_start <= c.day <= q_end]
        tally = _Tally.of(inside, people, departments_of)
        quarters.append(_headline(tally, len(inside), people, q_start, q_end, seen))
        seen |= tally.pairs
        total.add(tally)
    links = total.links
    departments = _active_departments(people, start, end)
    overall, per_department = total.ei()
    pool = _pool(people, start, end)
    load = total.load(pool)
    celebrated_ids = {cid for item in counted for cid in item.celebrants}
    by_colleague: dict[int, set[str]] = {}
    for gap in gaps:
        by_colleague.setdefault(gap.colleague_id, set()).add(gap.state)
    not_celebrated = [(cid, _reason(c, start, by_colleague)) for cid, c in sorted(people.items())
                      if c.celebrate is Celebrate.YES and employed_during(c, start, end) and cid not in celebrated_ids]
    never = [cid for cid in sorted(pool) if load.turns[cid] == 0 and employed_throughout(people[cid], start, end)]
    return Insight(start, end, len(counted), departments, dict(sorted(links.items())), _share(links, departments),
                   overall, {d: per_department.get(d) for d in departments}, load, not_celebrated, never,
                   len(total.pairs - before), quarters)


def counts(plan: Celebration, stale: bool, start: date, end: date) -> bool:
    """Whether a stored plan counts: planned or done, not stale, its occasion in the period."""
    return not stale and plan.status in (Status.PLANNED, Status.DONE) and start <= plan.occasion_date <= end


def counted_from_plans(plans: Iterable[tuple[Celebration, bool, tuple[int, ...]]], start: date, end: date
                       ) -> list[Counted]:
    """The counted celebrations among (plan, stale, celebrants) triples; the rest are left out."""
    return [Counted(plan.occasion_date, celebrants, tuple(o.colleague_id for o in plan.organisers), plan.effort)
            for plan, stale, celebrants in plans if counts(plan, stale, start, end)]
