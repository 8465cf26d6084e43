"""On a small organisation, a year planned by our planner is at least as good as round-robin on every figure the
Connections page shows (bench/bench_fairness.py runs the same on the demo organisation of 200)."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from desktop.models.colleague import Colleague
from desktop.models.connections import Counted, insight
from desktop.models.organisers import Organisation, Turn
from desktop.models.planner import Planner, Request

DEPARTMENTS = {d: f"Dept {d}" for d in range(1, 7)}
PART_TIME = (frozenset({0, 1, 2, 3}), frozenset({1, 2, 3, 4}), frozenset({0, 2, 4}))


def _organisation(seed: int = 7) -> tuple[Organisation, list[Colleague]]:
    rng = random.Random(seed)
    people = [Colleague(id=cid, first_name=f"P{cid}", department_id=1 + cid % 6,
                        work_days=rng.choice(PART_TIME) if rng.random() < 0.3 else frozenset(range(5)),
                        organises=rng.random() > 0.15)
              for cid in range(1, 49)]
    return Organisation.build(people, DEPARTMENTS), people


def _requests(people: list[Colleague], year: int, seed: int) -> list[Request]:
    """Every colleague's birthday (one organiser) and, for one in six, a jubileum (two, heavier), on weekdays."""
    rng = random.Random(seed)
    found = []
    for colleague in people:
        assert colleague.id is not None
        for count, effort in ((1, 1.0), (2, 3.0)) if colleague.id % 6 == 0 else ((1, 1.0),):
            day = date(year, 1, 1) + timedelta(days=rng.randrange(360))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            found.append(Request(colleague.id, day, count, effort, salt=len(found)))
    return sorted(found, key=lambda r: (r.day, r.salt))


def _round_robin(org: Organisation, requests: list[Request]) -> list[list[int]]:
    order, cursor, staffing = sorted(org.colleagues), 0, []
    for request in requests:
        eligible = [c for c in order if org.can_organise(org.colleagues[c], request.day, request.celebrant_id)]
        chosen: list[int] = []
        while len(chosen) < min(request.count, len(eligible)):
            cid = order[cursor % len(order)]
            cursor += 1
            if cid in eligible and cid not in chosen:
                chosen.append(cid)
        staffing.append(chosen)
    return staffing


def _figures(org, people, requests, staffing, earlier):
    counted = [Counted(r.day, (r.celebrant_id,), tuple(s), r.effort) for r, s in zip(requests, staffing, strict=True)]
    found = insight(counted, {p.id: p for p in people}, date(2027, 1, 1), date(2027, 12, 31), earlier)
    return found.pairs_linked_share, found.ei_overall, found.load.gini, found.new_ties, len(found.never_organised)


def test_ours_is_at_least_as_good_as_round_robin_on_every_figure():
    org, people = _organisation()
    # A past year planned by our planner, as the app would have: who knows whom, and the load so far.
    past = Planner(org)
    turns, history, earlier = [], [], set()
    for request in _requests(people, 2026, seed=1):
        organisers = [c.colleague_id for c in past.staff(request)]
        turns += [Turn(o, request.day, request.effort, request.celebrant_id, frozenset(organisers)) for o in organisers]
        history.append(Counted(request.day, (request.celebrant_id,), tuple(organisers), request.effort))
        earlier.update(itertools.combinations(sorted(organisers), 2))
    requests = _requests(people, 2027, seed=2)
    planner = Planner(org, turns, history)
    ours = _figures(org, people, requests, [[c.colleague_id for c in planner.staff(r)] for r in requests], earlier)
    robin = _figures(org, people, requests, _round_robin(org, requests), earlier)
    share, ei, gini, new_ties, never = ours
    assert share >= robin[0]
    assert ei >= robin[1]
    assert gini <= robin[2]
    assert new_ties >= robin[3]
    assert never <= robin[4]
