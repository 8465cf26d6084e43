"""Proof that our planner spreads the work more fairly and ties the organisation together better than simple rules.

On the demo organisation of 200 people with its past year of plans, every celebration of 2027 is staffed three
ways — our planner, plain round-robin and random choice, both keeping the hard rules (employed, working that
day, not on leave, willing, not the celebrant) — and the figures the Connections page shows
(models.connections) are worked out for each: the share of department pairs linked, the E-I index, the Gini
coefficient of the effort-weighted load, new ties (organiser pairs who had not organised together before),
the highest load and the willing colleagues who never organised. The baselines ignore the past year; the
figures are those of 2027 for all three. The same is then run from a clean slate (no past plans), where
nobody knows a colleague of another department from an earlier celebration yet.

Run: .venv/bin/python bench/bench_fairness.py [--people N] [--seeds K]
"""

from __future__ import annotations

import argparse
import itertools
import random
import tempfile
from datetime import date
from pathlib import Path

from desktop.exchange.demo import write_demo
from desktop.exchange.planning import ProposedPlan, plan_period
from desktop.models.connections import Counted, Insight, insight
from desktop.models.organisers import Organisation
from desktop.store.celebrations import Celebrations
from desktop.store.database import open_database, transaction
from desktop.store.repository import Register

START, END = date(2027, 1, 1), date(2027, 12, 31)
# Which way each figure is better, and how it is printed.
FIGURES = (("pairs linked", "higher", "{:.1%}"), ("E-I index", "higher", "{:+.3f}"),
           ("Gini of load", "lower", "{:.3f}"), ("new ties", "higher", "{:d}"), ("max load", "lower", "{:.0f}"),
           ("never organised", "lower", "{:d}"))


def baseline(proposals: list[ProposedPlan], org: Organisation, strategy: str, seed: int = 1) -> list[list[int]]:
    """The same celebrations staffed by round-robin or at random, keeping the hard rules (eligibility)."""
    order = sorted(org.colleagues)
    rng, cursor, result = random.Random(seed), 0, []
    for proposal in proposals:
        celebrant = proposal.colleague.id if proposal.colleague else None
        eligible = [cid for cid in order if org.can_organise(org.colleagues[cid], proposal.celebration_date, celebrant)]
        wanted = min(len(proposal.organisers), len(eligible))
        if strategy == "random":
            result.append(rng.sample(eligible, wanted))
            continue
        chosen: list[int] = []
        while len(chosen) < wanted:
            cid = order[cursor % len(order)]
            cursor += 1
            if cid in eligible and cid not in chosen:
                chosen.append(cid)
        result.append(chosen)
    return result


def celebrations(proposals: list[ProposedPlan], staffing: list[list[int]]) -> list[Counted]:
    """The proposals as models.connections counts them once stored. A monthly treat celebrates the month's
    plain birthdays without a plan of their own: none here, as every birthday gets its own proposal."""
    return [Counted(p.occasion_date, (p.colleague.id,) if p.colleague and p.colleague.id else (), tuple(organisers),
                    p.effort) for p, organisers in zip(proposals, staffing, strict=True)]


def figures(found: Insight) -> tuple[float, float, float, int, float, int]:
    return (found.pairs_linked_share or 0.0, found.ei_overall or -1.0, found.load.gini, found.new_ties,
            found.load.max, len(found.never_organised))


def best_on_every_figure(ours: tuple, others: list[tuple]) -> list[str]:
    """The figures on which ours is not strictly better than every other strategy."""
    misses = []
    for index, (name, better, _) in enumerate(FIGURES):
        for other in others:
            if (ours[index] <= other[index]) if better == "higher" else (ours[index] >= other[index]):
                misses.append(name)
                break
    return misses


def proof(folder: str, people: int, seed: int, history: bool = False) -> dict[str, tuple]:
    register = Register(open_database(Path(folder) / f"fairness-{people}-{seed}-{history}.sqlite"))
    write_demo(register, people=people, seed=seed, today=date(2026, 11, 28))
    earlier: set[tuple[int, int]] = set()
    if history:
        earlier = {pair for organisers in Celebrations(register.db).organisers_before(START)
                   for pair in itertools.combinations(sorted(set(organisers)), 2)}
    else:
        with transaction(register.db):
            register.db.execute("DELETE FROM celebrations")
    proposals = plan_period(register, START, END)
    colleagues = register.colleagues()
    org = Organisation.build(colleagues, {d.id: d.name for d in register.departments() if d.id is not None})
    people_by_id = {c.id: c for c in colleagues if c.id is not None}
    strategies = {"ours": [[o.colleague_id for o in p.organisers] for p in proposals],
                  "round-robin": baseline(proposals, org, "round-robin"),
                  "random": baseline(proposals, org, "random", seed)}
    return {name: figures(insight(celebrations(proposals, staffing), people_by_id, START, END, earlier))
            for name, staffing in strategies.items()}


def _table(title: str, results: dict[str, tuple]) -> None:
    print(title)
    print(f"{'strategy':12}" + "".join(f"{name:>16}" for name, _, _ in FIGURES))
    for name, values in results.items():
        print(f"{name:12}" + "".join(f"{fmt.format(v):>16}" for (_, _, fmt), v in zip(FIGURES, values, strict=True)))
    print(f"{'better is':12}" + "".join(f"{better:>16}" for _, better, _ in FIGURES))
    misses = best_on_every_figure(results["ours"], [results["round-robin"], results["random"]])
    print("ours is strictly best on every figure" if not misses
          else f"ours is not strictly best on: {', '.join(misses)}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--seeds", type=int, default=1, help="also run demo organisations with seeds 2..K")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-fairness-") as tmp:
        for seed in range(1, args.seeds + 1):
            _table(f"Demo organisation of {args.people} people (seed {seed}) with its past year of plans, "
                   f"{START} to {END}:", proof(tmp, args.people, seed, history=True))
            _table("The same from a clean slate (no past plans: nobody knows anyone from an earlier celebration):",
                   proof(tmp, args.people, seed, history=False))


if __name__ == "__main__":
    main()
