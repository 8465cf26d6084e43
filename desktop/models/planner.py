"""Filling organiser slots for many celebrations at once, fast and fair (see organisers.py for the rules).

Candidates wait in heaps per department and weekday, ordered by (has had a turn, weighted load, latest turn,
spread); every turn given or leaving the one-year window pushes a fresh entry and stale entries are skipped.
A slot open to everyone looks at the top of each department's heap for the day: the fairest load wins, and
among equally fair candidates the one whose department has been linked least with the celebration's other
departments in the last twelve months (links as models.connections counts them). So a year's plan for
thousands of colleagues costs a few heap operations per department and organiser, not a scan of everyone.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.models.colleague import Colleague
from desktop.models.connections import Counted, Pair, linked_pairs
from desktop.models.consent import may_ask_organisers
from desktop.models.organisers import SETTLING_IN, WINDOW, Choice, History, LinkGap, Organisation, Turn, reasons_for

_CANDIDATES_COMPARED = 12  # equally loaded candidates of one department compared on "longest ago"
# A candidate in a heap: (has a turn in the window, load, last turn's ordinal, tie-break, colleague id, version).
_Entry = tuple[bool, float, int, int, int, int]
_NO_LINK = (1, 0)  # the link score of a candidate who adds no pair of departments to the celebration
FEW_LINKS = 2  # a department pair linked at most this often in the last twelve months is a gap worth naming


@dataclass(frozen=True)
class Request:
    """One celebration to staff."""

    celebrant_id: int | None
    day: date
    count: int
    effort: float
    salt: int = 0  # varies the tie-break between occasions, deterministically
    exclude: frozenset[int] = frozenset()  # colleagues the manager has turned down for this one


class LinkHistory:
    """The department pairs each stored celebration linked, by day: worked out once and shared by the planners
    made for one plan editor (each suggestion asks a fresh planner)."""

    def __init__(self, org: Organisation, celebrations: Iterable[Counted]):
        self.events = sorted(((item.day, linked_pairs(item, org.colleagues)) for item in celebrations),
                             key=lambda event: event[0])


def _spread(colleague_id: int, salt: int) -> int:
    """A fixed but well-mixed tie-break, so equal candidates are not always taken in id order."""
    return (colleague_id * 2654435761 + salt * 40503) % 4294967296


class Planner:
    """Suggests organisers for requests in date order, counting each suggestion in the later ones.

    `celebrations`: the stored celebrations that count as links (models.connections), for the department
    pairs linked in the twelve months before each request. `history`: the History of `turns`, when the caller
    has one to share; it is not added to, so such a planner is for one request.
    """

    def __init__(self, org: Organisation, turns: Iterable[Turn] = (),
                 celebrations: Iterable[Counted] | LinkHistory = (), history: History | None = None):
        self.org = org
        self._stored = sorted(turns, key=lambda t: t.day)
        # A History of `turns` the caller made already is shared and left as it is: such a planner is asked once
        # (the plan editor makes one per suggestion), so its own suggestions need not become history.
        self.history = History(self._stored) if history is None else history
        self._records_history = history is None
        self._count: dict[int, int] = defaultdict(int)
        self._load: dict[int, float] = defaultdict(float)
        self._latest: dict[int, date] = {}
        self._version: dict[int, int] = defaultdict(int)
        self._active: list[tuple[date, int, float]] = []  # turns in the window, to retire in date order
        self._next_stored = 0
        # (department or None, weekday) → heap; a colleague waits in one heap per weekday they work.
        self._heaps: dict[tuple[int | None, int], list[_Entry]] = defaultdict(list)
        self._departments: dict[int, list[int | None]] = {}  # weekday built → departments with a heap, in order
        # Department pairs linked in the twelve months up to the day being planned (a rolling window).
        links = celebrations if isinstance(celebrations, LinkHistory) else LinkHistory(org, celebrations)
        self._stored_links = links.events
        self._next_link = 0
        self._link_window: deque[tuple[date, list[Pair]]] = deque()
        self.links: Counter[Pair] = Counter()
        # Requests come in date order, so a colleague who has left is never eligible again, and one who has not
        # started (or is still settling in) not before a known day: both leave the heaps instead of being
        # passed over by every request (which made a year's plan grow with the square of the organisation).
        self._gone: set[int] = set()
        self._parked: set[int] = set()
        self._waiting: list[tuple[int, int]] = []  # (ordinal of the first day they may organise, colleague id)
        self._able_day = date.min
        self._able_on: dict[int, bool] = {}

    def _build(self, weekday: int) -> None:
        """The heaps of one weekday, made when a request first falls on it (one suggestion needs one weekday)."""
        heaps: dict[int | None, list[_Entry]] = defaultdict(list)
        for colleague_id, colleague in self.org.colleagues.items():
            if (colleague.organises and weekday in colleague.work_days and colleague_id not in self._gone
                    and colleague_id not in self._parked):
                heaps[colleague.department_id].append(self._entry(colleague_id))
        for department, heap in heaps.items():
            heapq.heapify(heap)
            self._heaps[(department, weekday)] = heap
        self._departments[weekday] = sorted(heaps, key=lambda d: (d is None, d or 0))

    def _entry(self, colleague_id: int) -> _Entry:
        latest = self._latest.get(colleague_id, date.min)
        return (self._count[colleague_id] > 0, round(self._load[colleague_id], 3), latest.toordinal(),
                _spread(colleague_id, 0), colleague_id, self._version[colleague_id])

    def _changed(self, colleague_id: int) -> None:
        self._version[colleague_id] += 1
        colleague = self.org.colleagues.get(colleague_id)
        if colleague is None or not colleague.organises or colleague_id in self._gone or colleague_id in self._parked:
            return
        built = [weekday for weekday in colleague.work_days if weekday in self._departments]
        if not built:
            return  # a weekday not built yet takes everyone's state when it is
        entry = self._entry(colleague_id)
        for weekday in built:
            key = (colleague.department_id, weekday)
            if key not in self._heaps:  # the first of their department that day (back from settling in)
                self._departments[weekday] = sorted([*self._departments[weekday], colleague.department_id],
                                                    key=lambda d: (d is None, d or 0))
            heapq.heappush(self._heaps[key], entry)

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
        while self._next_link < len(self._stored_links) and self._stored_links[self._next_link][0] <= day:
            self._add_links(*self._stored_links[self._next_link])
            self._next_link += 1
        while self._link_window and self._link_window[0][0] <= day - WINDOW:
            for pair in self._link_window.popleft()[1]:
                self.links[pair] -= 1

    def _add_links(self, day: date, pairs: list[Pair]) -> None:
        self._link_window.append((day, pairs))
        self.links.update(pairs)

    def link_score(self, department: int | None, present: set[int]) -> tuple[int, int]:
        """(0, the fewest links in the window among the pairs this department would add), or _NO_LINK."""
        if department is None:
            return _NO_LINK
        fewest, links = -1, self.links
        for other in present:
            if other != department:
                count = links.get((department, other) if department < other else (other, department), 0)
                if fewest < 0 or count < fewest:
                    fewest = count
        return _NO_LINK if fewest < 0 else (0, fewest)

    def _gap(self, department: int | None, present: set[int]) -> LinkGap | None:
        """The least linked pair `department` adds to the celebration, for the reasons: only a real gap (a pair
        that met at most FEW_LINKS times in the window)."""
        if department is None:
            return None
        options = [(self.links[(min(department, d), max(department, d))], d) for d in sorted(present)
                   if d != department]
        if not options:
            return None
        count, other = min(options)
        return LinkGap(department, other, count) if count <= FEW_LINKS else None

    def _top(self, key: tuple[int | None, int], request: Request, taken: set[int], limit: int) -> list[_Entry]:
        """Up to `limit` equally loaded eligible candidates from one heap, best first (left in the heap)."""
        heap = self._heaps.get(key)
        if not heap:
            return []
        popped: list[_Entry] = []
        found: list[_Entry] = []
        while heap and len(found) < limit:
            entry = heap[0]
            cid = entry[4]
            if entry[5] != self._version[cid]:
                heapq.heappop(heap)
                continue
            if found and entry[:2] != found[0][:2]:
                break
            if (cid in taken or cid in request.exclude or cid == request.celebrant_id
                    or not self._able(cid, request.day)):
                popped.append(heapq.heappop(heap))
                continue
            found.append(entry)
            if len(found) < limit:
                popped.append(heapq.heappop(heap))
        for entry in popped:
            if entry[5] == self._version[entry[4]]:
                heapq.heappush(heap, entry)
        return found

    def _able(self, cid: int, day: date) -> bool:
        """Whether `cid` may organise on `day` (Organisation.can_organise, asked once per colleague and day:
        the heaps' tops are asked by every request of the day). Who cannot is retired when that is for good."""
        if day != self._able_day:
            self._able_day, self._able_on = day, {}
        able = self._able_on.get(cid)
        if able is None:
            colleague = self.org.colleagues[cid]
            able = self._able_on[cid] = self.org.can_organise(colleague, day, None)
            if not able:
                self._retire_if_unavailable(colleague, day)
        return able

    def _best(self, scope: int | None, request: Request, taken: set[int], skip_departments: set[int | None],
              partner: int | None, present: set[int]) -> tuple[int, LinkGap | None] | None:
        """The best eligible candidate in department `scope` (None: any department not skipped), and the gap
        in the department map that choosing them closes. `present`: the departments already in this
        celebration."""
        weekday = request.day.weekday()
        if weekday not in self._departments:
            self._build(weekday)
        if scope is not None:
            found = self._top((scope, weekday), request, taken, _CANDIDATES_COMPARED)
        else:
            # The top of each department's heap; the fairest of them, then the least linked department.
            tops = []
            heaps, version = self._heaps, self._version
            for department in self._departments.get(weekday, ()):
                if department in skip_departments:
                    continue
                heap = heaps.get((department, weekday))
                while heap and heap[0][5] != version[heap[0][4]]:
                    heapq.heappop(heap)  # stale: the colleague's load changed since
                if not heap:
                    continue
                entry = heap[0]
                cid = entry[4]
                if cid in taken or cid in request.exclude or cid == request.celebrant_id \
                        or not self._able(cid, request.day):
                    top = self._top((department, weekday), request, taken, 1)  # the rare case: look further
                    if not top:
                        continue
                    entry = top[0]
                tops.append((entry, department))
            if not tops:
                return None
            fairest = min(entry[:2] for entry, _ in tops)
            best_score, found, chosen_departments = _NO_LINK, [], []
            for entry, department in tops:
                if entry[:2] == fairest:
                    score = self.link_score(department, present)
                    if score < best_score or not found:
                        best_score, found, chosen_departments = score, [entry], [department]
                    elif score == best_score:
                        found.append(entry)
                        chosen_departments.append(department)
            if partner is not None and all(self.history.organised_together(e[4], partner) for e in found):
                # Each department's first has organised with the partner before: look further for a new tie.
                found = [entry for department in chosen_departments
                         for entry in self._top((department, weekday), request, taken, _CANDIDATES_COMPARED)
                         if entry[:2] == fairest]
        if not found:
            return None

        def preference(entry: _Entry) -> tuple[bool, int, int]:
            paired = partner is not None and self.history.organised_together(entry[4], partner)
            return (paired, entry[2], _spread(entry[4], request.salt))

        cid = min(found, key=preference)[4] if len(found) > 1 else found[0][4]
        return cid, self._gap(self.org.department_of(cid), present)

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
        celebrants = (request.celebrant_id,) if request.celebrant_id is not None else ()
        celebrated = self._departments_of(celebrants)

        def take(scope: int | None, role: str, skip: set[int | None]) -> bool:
            partner = chosen[0].colleague_id if chosen else None
            present = celebrated | self._departments_of(c.colleague_id for c in chosen)
            best = self._best(scope, request, taken, skip, partner, present)
            if best is None:
                return False
            cid, gap = best
            chosen.append(Choice(cid, role, reasons_for(self.org, self.history, self.org.colleagues[cid],
                                                        request.celebrant_id, role, request.day, chosen, gap), gap))
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
        organisers = tuple(c.colleague_id for c in chosen)
        self._add_links(request.day, linked_pairs(Counted(request.day, celebrants, organisers, request.effort),
                                                  self.org.colleagues))
        for choice in chosen:
            turn = Turn(choice.colleague_id, request.day, request.effort, request.celebrant_id, frozenset(organisers))
            if self._records_history:
                self.history.add(turn)
            self._count_turn(turn)
        return chosen

    def _departments_of(self, ids: Iterable[int]) -> set[int]:
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
            outside.append(best[0])
        if not outside:
            return False
        # The fairest; among equally fair, one from another department (who knows the celebrant from an earlier
        # celebration), so that knowing the celebrant and linking departments go together.
        def preference(cid: int) -> tuple[bool, bool, float, int, int]:
            entry = self._entry(cid)
            return (entry[0], self.org.department_of(cid) == celebrant_dept, entry[1], entry[2],
                    _spread(cid, request.salt))

        cid = min(outside, key=preference)
        colleague = self.org.colleagues[cid]
        chosen.append(Choice(cid, "knows", reasons_for(self.org, self.history, colleague, request.celebrant_id,
                                                       "knows", request.day, chosen)))
        taken.add(cid)
        return True


def plan_requests(org: Organisation, turns: Iterable[Turn], requests: Iterable[Request],
                  celebrations: Iterable[Counted] = ()) -> list[list[Choice]]:
    """Staff every request (in the order given, which must be by date), balancing load over all of them."""
    planner = Planner(org, turns, celebrations)
    return [planner.staff(request) for request in requests]
