"""Filling organiser slots for many celebrations at once, fast and fair (see organisers.py for the rules).

Candidates wait in heaps ordered by (has had a turn, weighted load, latest turn, spread); every turn given
or leaving the one-year window pushes a fresh entry and stale entries are skipped, so a year's plan for
thousands of colleagues costs a few heap operations per organiser rather than a scan of everyone.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.models.colleague import Colleague
from desktop.models.consent import may_ask_organisers
from desktop.models.organisers import SETTLING_IN, WINDOW, Choice, History, Organisation, Turn, reasons_for

_CANDIDATES_COMPARED = 12  # equally loaded candidates compared on new ties and on "longest ago"
# A candidate in a heap: (has a turn in the window, load, last turn's ordinal, tie-break, colleague id, version).
_Entry = tuple[bool, float, int, int, int, int]


@dataclass(frozen=True)
class Request:
    """One celebration to staff."""

    celebrant_id: int | None
    day: date
    count: int
    effort: float
    salt: int = 0  # varies the tie-break between occasions, deterministically
    exclude: frozenset[int] = frozenset()  # colleagues the manager has turned down for this one


def _spread(colleague_id: int, salt: int) -> int:
    """A fixed but well-mixed tie-break, so equal candidates are not always taken in id order."""
    return (colleague_id * 2654435761 + salt * 40503) % 4294967296


class Planner:
    """Suggests organisers for requests in date order, counting each suggestion in the later ones."""

    def __init__(self, org: Organisation, turns: Iterable[Turn] = ()):
        self.org = org
        self._stored = sorted(turns, key=lambda t: t.day)
        self.history = History(self._stored)
        self._count: dict[int, int] = defaultdict(int)
        self._load: dict[int, float] = defaultdict(float)
        self._latest: dict[int, date] = {}
        self._version: dict[int, int] = defaultdict(int)
        self._active: list[tuple[date, int, float]] = []  # turns in the window, to retire in date order
        self._next_stored = 0
        self._heaps: dict[int | None, list[_Entry]] = defaultdict(list)  # None: everyone
        self._linked_departments: set[frozenset[int]] = set()  # department pairs met in a celebration
        # Requests come in date order, so a colleague who has left is never eligible again, and one who has not
        # started (or is still settling in) not before a known day: both leave the heaps instead of being
        # passed over by every request (which made a year's plan grow with the square of the organisation).
        self._gone: set[int] = set()
        self._parked: set[int] = set()
        self._waiting: list[tuple[int, int]] = []  # (ordinal of the first day they may organise, colleague id)
        for colleague_id, colleague in org.colleagues.items():
            if colleague.organises:
                entry = self._entry(colleague_id)
                self._heaps[None].append(entry)
                self._heaps[colleague.department_id].append(entry)
        for heap in self._heaps.values():
            heapq.heapify(heap)

    def _entry(self, colleague_id: int) -> _Entry:
        latest = self._latest.get(colleague_id, date.min)
        return (self._count[colleague_id] > 0, round(self._load[colleague_id], 3), latest.toordinal(),
                _spread(colleague_id, 0), colleague_id, self._version[colleague_id])

    def _changed(self, colleague_id: int) -> None:
        self._version[colleague_id] += 1
        colleague = self.org.colleagues.get(colleague_id)
        if colleague is None or not colleague.organises or colleague_id in self._gone or colleague_id in self._parked:
            return
        entry = self._entry(colleague_id)
        heapq.heappush(self._heaps[None], entry)
        heapq.heappush(self._heaps[colleague.department_id], entry)

    def _count_turn(self, turn: Turn) -> None:
        cid = turn.organiser_id
        self._count[cid] += 1
        self._load[cid] += turn.effort
        self._latest[cid] = max(self._latest.get(cid, date.min), turn.day)
        heapq.heappush(self._active, (turn.day, cid, turn.effort))
        self._changed(cid)

    def _move_window(self, day: date) -> None:
        while self._waiting and self._waiting[0][0] <= day.toordinal():
            _, cid = heapq.heappop(self._waiting)
            self._parked.discard(cid)
            self._changed(cid)
        while self._next_stored < len(self._stored) and self._stored[self._next_stored].day <= day + WINDOW:
            self._count_turn(self._stored[self._next_stored])
            self._next_stored += 1
        while self._active and self._active[0][0] < day - WINDOW:
            _, cid, effort = heapq.heappop(self._active)
            self._count[cid] -= 1
            self._load[cid] -= effort
            self._changed(cid)

    def _best(self, scope: int | None, request: Request, taken: set[int], skip_departments: set[int | None],
              partner: int | None, present: set[int]) -> int | None:
        """The best eligible candidate in `scope` (a department, None: all); `present` are the departments
        already in this celebration, so that a candidate who links a new pair of departments wins ties."""
        found: list[_Entry]
        heap, popped, found = self._heaps.get(scope, []), [], []
        while heap and len(found) < _CANDIDATES_COMPARED:
            entry = heapq.heappop(heap)
            popped.append(entry)
            cid = entry[4]
            if entry[5] != self._version[cid] or cid in taken or cid in request.exclude:
                continue
            colleague = self.org.colleagues[cid]
            if colleague.department_id in skip_departments:
                continue
            if not self.org.can_organise(colleague, request.day, request.celebrant_id):
                self._retire_if_unavailable(colleague, request.day)
                continue
            if found and entry[:2] != found[0][:2]:
                break
            found.append(entry)
        for entry in popped:
            if entry[5] == self._version[entry[4]]:
                heapq.heappush(heap, entry)
        if not found:
            return None

        def preference(entry: _Entry) -> tuple[bool, bool, int, int]:
            paired = partner is not None and self.history.organised_together(entry[4], partner)
            department = self.org.colleagues[entry[4]].department_id
            new_link = department is not None and any(
                other != department and frozenset((department, other)) not in self._linked_departments
                for other in present)
            return (paired, not new_link, entry[2], _spread(entry[4], request.salt))

        return min(found, key=preference)[4]

    def _retire_if_unavailable(self, colleague: Colleague, day: date) -> None:
        """Take out of the heaps a colleague who left before `day` (for good) or may organise only later."""
        cid = colleague.id
        if cid is None:
            return
        if colleague.end_date is not None and colleague.end_date < day:
            self._gone.add(cid)
            self._version[cid] += 1
        elif colleague.hire_date is not None and day < colleague.hire_date + SETTLING_IN:
            self._parked.add(cid)
            self._version[cid] += 1
            heapq.heappush(self._waiting, ((colleague.hire_date + SETTLING_IN).toordinal(), cid))

    def staff(self, request: Request) -> list[Choice]:
        """Organisers for one request; requests must come in date order. Their turns count from now on.

        A quiet colleague asked for no fuss: no colleagues are asked to organise; the manager sees to it.
        """
        self._move_window(request.day)
        celebrant = self.org.colleagues.get(request.celebrant_id) if request.celebrant_id is not None else None
        if not may_ask_organisers(celebrant):
            return []
        celebrant_dept = self.org.department_of(request.celebrant_id)
        chosen: list[Choice] = []
        taken: set[int] = set()

        def take(scope: int | None, role: str, skip: set[int | None]) -> bool:
            partner = chosen[0].colleague_id if chosen else None
            cid = self._best(scope, request, taken, skip, partner, self._departments(request, chosen))
            if cid is None:
                return False
            chosen.append(Choice(cid, role, reasons_for(self.org, self.history, self.org.colleagues[cid],
                                                        request.celebrant_id, role, request.day, chosen)))
            taken.add(cid)
            return True

        for slot in range(request.count):
            if request.count == 1 or slot >= 2:
                take(None, "any", set())
            elif slot == 0 and request.celebrant_id is not None:
                if not self._take_knowing(request, celebrant_dept, chosen, taken):
                    take(None, "any", set())
            else:
                used = {self.org.department_of(c.colleague_id) for c in chosen} | {celebrant_dept, None}
                if not take(None, "bridge", used):
                    take(None, "any", set())
        present = sorted(self._departments(request, chosen))
        self._linked_departments.update(frozenset(pair) for pair in itertools.combinations(present, 2))
        for choice in chosen:
            turn = Turn(choice.colleague_id, request.day, request.effort, request.celebrant_id,
                        frozenset(c.colleague_id for c in chosen))
            self.history.add(turn)
            self._count_turn(turn)
        return chosen

    def _departments(self, request: Request, chosen: list[Choice]) -> set[int]:
        ids = [c.colleague_id for c in chosen] + ([request.celebrant_id] if request.celebrant_id is not None else [])
        return {d for d in (self.org.department_of(cid) for cid in ids) if d is not None}

    def _take_knowing(self, request: Request, celebrant_dept: int | None, chosen: list[Choice],
                      taken: set[int]) -> bool:
        """Someone from the celebrant's department, or who organised with or for them before."""
        best = (self._best(celebrant_dept, request, taken, set(), None, set()) if celebrant_dept is not None
                else None)
        outside = [cid for cid in sorted(self.history.acquaintances(request.celebrant_id))
                   if cid in self.org.colleagues and cid not in taken and cid not in request.exclude
                   and self.org.can_organise(self.org.colleagues[cid], request.day, request.celebrant_id)]
        if best is not None:
            outside.append(best)
        if not outside:
            return False
        cid = min(outside, key=lambda c: self._entry(c)[:3] + (_spread(c, request.salt),))
        colleague = self.org.colleagues[cid]
        chosen.append(Choice(cid, "knows", reasons_for(self.org, self.history, colleague, request.celebrant_id,
                                                       "knows", request.day, chosen)))
        taken.add(cid)
        return True


def plan_requests(org: Organisation, turns: Iterable[Turn], requests: Iterable[Request]) -> list[list[Choice]]:
    """Staff every request (in the order given, which must be by date), balancing load over all of them."""
    planner = Planner(org, turns)
    return [planner.staff(request) for request in requests]
