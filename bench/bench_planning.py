"""Organiser planning: proof that it is fairer and links more departments than simple rules, and its speed.

On the demo organisation of 200 people over 12 months, prints for our planner, plain round-robin and random
assignment: the highest, lowest and mean organiser load (effort-weighted, over everyone who could organise),
the share of celebrations with two or more organisers that link two departments, and the share of
department pairs linked by at least one shared celebration. Then the speed targets: one occasion's
suggestions (< 20 ms), a 12-month plan for 5,000, 10,000 and 20,000 colleagues (< 5 s for
20,000) and `insight` over the year of 20,000 (< 1 s).

Run: .venv/bin/python bench/bench_planning.py
"""

from __future__ import annotations

import itertools
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from desktop.exchange.demo import write_demo
from desktop.exchange.planning import ProposedPlan, apply_plans, plan_period
from desktop.models.organisers import Organisation
from desktop.models.planner import Planner, Request
from desktop.store.database import open_database, transaction
from desktop.store.repository import Register

START, END = date(2027, 1, 1), date(2027, 12, 31)


def _register(folder: str, people: int, name: str = "bench") -> Register:
    register = Register(open_database(Path(folder) / f"{name}-{people}.sqlite"))
    write_demo(register, people=people, seed=1, today=date(2026, 11, 28))
    return register


def _baseline(proposals: list[ProposedPlan], org: Organisation, strategy: str) -> list[list[int]]:
    """The same celebrations staffed by round-robin or at random, keeping the hard rules (eligibility)."""
    order = sorted(org.colleagues)
    rng, cursor, result = random.Random(1), 0, []
    for proposal in proposals:
        celebrant = proposal.colleague.id if proposal.colleague else None
        eligible = [cid for cid in order if org.can_organise(org.colleagues[cid], proposal.celebration_date, celebrant)]
        wanted = min(len(proposal.organisers) or 1, len(eligible))
        if strategy == "random":
            result.append(rng.sample(eligible, wanted))
            continue
        chosen = []
        while len(chosen) < wanted:
            cid = order[cursor % len(order)]
            cursor += 1
            if cid in eligible and cid not in chosen:
                chosen.append(cid)
        result.append(chosen)
    return result


def _figures(proposals: list[ProposedPlan], staffing: list[list[int]], org: Organisation) -> tuple:
    load: Counter[int] = Counter()
    linking, multi, pairs = 0, 0, set()
    for proposal, organisers in zip(proposals, staffing, strict=True):
        for cid in organisers:
            load[cid] += proposal.effort
        departments = {org.department_of(cid) for cid in organisers}
        if proposal.colleague is not None:
            departments.add(proposal.colleague.department_id)
        departments.discard(None)
        if len(organisers) >= 2:
            multi += 1
            linking += len(departments) >= 2
        pairs.update(frozenset(p) for p in itertools.combinations(sorted(departments), 2))
    pool = [cid for cid, c in org.colleagues.items() if c.organises and c.employed_on(START) and c.employed_on(END)]
    loads = [load[cid] for cid in pool]
    all_pairs = len(list(itertools.combinations(org.department_names, 2)))
    return (max(loads), min(loads), statistics.mean(loads), statistics.pstdev(loads), linking / max(multi, 1),
            len(pairs) / max(all_pairs, 1))


def proof(folder: str) -> None:
    register = _register(folder, 200)
    # A clean slate: the round-robin and random baselines know no history, so neither does ours here.
    with transaction(register.db):
        register.db.execute("DELETE FROM celebrations")
    proposals = plan_period(register, START, END)
    org = Organisation.build(register.colleagues(), {d.id: d.name for d in register.departments()})
    ours = [[o.colleague_id for o in p.organisers] for p in proposals]
    print(f"Proof on the demo organisation of 200 people, {START} to {END}: {len(proposals)} celebrations")
    print(f"{'strategy':12} {'max load':>9} {'min load':>9} {'mean':>6} {'stdev':>6} "
          f"{'2+ organisers linking depts':>28} {'dept pairs linked':>18}")
    for name, staffing in (("ours", ours), ("round-robin", _baseline(proposals, org, "round-robin")),
                           ("random", _baseline(proposals, org, "random"))):
        high, low, mean, spread, linking, pairs = _figures(proposals, staffing, org)
        print(f"{name:12} {high:9.1f} {low:9.1f} {mean:6.2f} {spread:6.2f} {linking:27.0%} {pairs:18.0%}")


def growth(folder: str) -> None:
    """The 12-month plan for 5,000, 10,000 and 20,000 colleagues: it should grow no faster than N log N."""
    from desktop.exchange.insight import period_insight

    previous = None
    for people in (5000, 10000, 20000):
        register = _register(folder, people, "growth")
        started = time.perf_counter()
        proposals = plan_period(register, START, END)
        elapsed = time.perf_counter() - started
        ratio = f", x{elapsed / previous:.2f} for twice the people (N log N: ~x2.2)" if previous else ""
        target = " (target < 5 s)" if people == 20000 else " (target < 3 s)" if people == 5000 else ""
        print(f"12-month plan for {people:,} colleagues: {len(proposals)} celebrations in {elapsed:.2f} s"
              f"{target}{ratio}")
        previous = elapsed
        if people == 20000:
            apply_plans(register, proposals, str)
            started = time.perf_counter()
            period_insight(register, START, END)
            print(f"insight for the year of 20,000 colleagues: {time.perf_counter() - started:.2f} s (target < 1 s)")


def speed(folder: str) -> None:
    register = _register(folder, 5000)
    proposals = plan_period(register, START, END)
    colleagues = register.colleagues()
    org = Organisation.build(colleagues, {d.id: d.name for d in register.departments()})
    timings = []
    for index, proposal in enumerate(proposals[:200:10]):
        started = time.perf_counter()
        Planner(org).staff(Request(proposal.colleague.id if proposal.colleague else None,
                                   proposal.celebration_date, 2, 2.0, salt=index))
        timings.append((time.perf_counter() - started) * 1000)
    print(f"one occasion's suggestions among 5,000 colleagues: median {statistics.median(timings):.1f} ms, "
          f"max {max(timings):.1f} ms (target < 20 ms)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="bench-planning-") as tmp:
        proof(tmp)
        speed(tmp)
        growth(tmp)
