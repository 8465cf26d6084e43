"""The connection figures on a hand-made organisation whose every figure is worked out below, and their ranges."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.connections import Counted, Gap, counted_from_plans, gini, insight, quarters_of
from desktop.models.dates import PartialDate
from desktop.models.kinds import Kind

S, F, H = 1, 2, 3  # Sales, Finance, HR
START, END = date(2027, 1, 1), date(2027, 12, 31)
BORN = PartialDate(5, 5, 1980)


def _p(cid: int, dept: int, **changes) -> Colleague:
    return Colleague(id=cid, first_name=f"P{cid}", department_id=dept, birth=changes.pop("birth", BORN), **changes)


PEOPLE = {c.id: c for c in [
    _p(1, S), _p(2, S), _p(3, F), _p(4, F, celebrate=Celebrate.QUIET), _p(5, H, organises=False),
    _p(6, S, birth=None), _p(7, S, organises=False, hire_date=date(2027, 6, 1)),
    _p(8, F, celebrate=Celebrate.NO),
    _p(9, H, end_date=date(2026, 6, 30)),  # left before the period: nowhere in it
]}
# A: 1 celebrated by 2 and 3 (effort 2); B: 3 by 4 and 2; C: an outing organised by 1 and 4; D: 5 by 6.
A = Counted(date(2027, 2, 1), (1,), (2, 3), 2.0)
B = Counted(date(2027, 3, 1), (3,), (4, 2), 1.0)
C = Counted(date(2027, 5, 1), (), (1, 4), 1.0)
D = Counted(date(2027, 8, 1), (5,), (6,), 1.0)


def test_every_figure_of_a_small_organisation_by_hand():
    found = insight([A, B, C, D], PEOPLE, START, END, earlier_pairs=[(3, 2)], gaps=[Gap(2, "skipped")])
    assert found.celebrations == 4
    assert found.departments == [S, F, H]  # 9 of HR left before the period, 5 is there
    # Links: A, B and C each link Sales–Finance; D links Sales–HR. Finance–HR never meet: 2 of 3 pairs.
    assert found.links == {(S, F): 3, (S, H): 1}
    assert found.pairs_linked_share == pytest.approx(2 / 3)
    # Ties: A 2–3 E, 1–2 I, 1–3 E; B 2–4 E, 3–4 I, 2–3 E; C 1–4 E; D 5–6 E  →  E 6, I 2: (6 − 2) / 8.
    assert found.ei_overall == pytest.approx(0.5)
    # Sales is in A's three (E2 I1), B's 2–4 and 2–3 (E2), C (E1), D (E1): E6 I1.  Finance: A's 2–3 and 1–3
    # (E2), all of B (E2 I1), C (E1): E5 I1.  HR: D only (E1).
    assert found.ei_per_department == pytest.approx({S: 5 / 7, F: 4 / 6, H: 1.0})
    # Load over the willing employed 1, 2, 3, 4, 6, 8 (5 and 7 do not organise, 9 had left): effort 1, 3, 2,
    # 2, 1, 0. Gini = Σ|xi − xj| / (2 n² mean) = (2 · 19) / (2 · 36 · 1.5) = 19/54.
    load = found.load
    assert load.turns == {1: 1, 2: 2, 3: 1, 4: 2, 6: 1, 8: 0}
    assert load.effort == {1: 1.0, 2: 3.0, 3: 2.0, 4: 2.0, 6: 1.0, 8: 0.0}
    assert (load.max, load.min, load.mean) == (3.0, 0.0, 1.5)
    assert load.gini == pytest.approx(19 / 54)
    # Not celebrated, consent yes only (4 is quiet, 8 said no): 2's plan was skipped, 6 has no birth date,
    # 7 joined in June.
    assert found.not_celebrated == [(2, "skipped"), (6, "no_birth_date"), (7, "joined_recently")]
    assert found.never_organised == [8]
    # Organiser pairs 2–3 (known before), 2–4 and 1–4: two new ties.
    assert found.new_ties == 2


def test_quarters_carry_the_headline_figures_and_new_ties_are_new_once():
    quarters = insight([A, B, C, D], PEOPLE, START, END, earlier_pairs=[(2, 3)]).quarters
    assert [(q.start, q.end) for q in quarters] == quarters_of(START, END)
    assert [q.celebrations for q in quarters] == [2, 1, 1, 0]
    assert [q.new_ties for q in quarters] == [1, 1, 0, 0]
    # Q1: A and B link only Sales–Finance, of the three pairs; ties E4 I2.
    assert quarters[0].pairs_linked_share == pytest.approx(1 / 3)
    assert quarters[0].ei_index == pytest.approx(2 / 6)
    assert quarters[3].pairs_linked_share == 0.0
    assert quarters[3].ei_index is None  # no ties: undefined, not zero
    # Q2 (from 1 April): 7 has joined and does not organise; load 1 and 4 have 1, the rest 0 over 1,2,3,4,6,8.
    assert quarters[1].gini == pytest.approx(gini([1, 1, 0, 0, 0, 0]))


def test_gini_by_hand():
    assert gini([]) == 0.0
    assert gini([2, 2, 2]) == 0.0
    assert gini([0, 0, 0, 4]) == pytest.approx(0.75)  # Σ|xi − xj| = 24; 24 / (2 · 16 · 1) = 3/4
    assert gini([1, 3]) == pytest.approx(0.25)  # 4 / (2 · 4 · 2)


def test_quarters_clip_to_the_period():
    assert quarters_of(date(2027, 2, 15), date(2027, 7, 3)) == [
        (date(2027, 2, 15), date(2027, 3, 31)), (date(2027, 4, 1), date(2027, 6, 30)),
        (date(2027, 7, 1), date(2027, 7, 3))]


# Property tests: a random organisation and random stored plans.
_ids = st.integers(1, 12)
_people = st.dictionaries(_ids, st.tuples(st.sampled_from([None, 1, 2, 3, 4]), st.booleans(),
                                          st.sampled_from(list(Celebrate))), min_size=1)
_plan = st.tuples(
    st.dates(date(2026, 10, 1), date(2028, 2, 1)), st.lists(_ids, max_size=2), st.lists(_ids, max_size=3),
    st.sampled_from(list(Status)), st.booleans(), st.sampled_from([0.5, 1.0, 2.0, 4.0]))


def _organisation(spec) -> dict[int, Colleague]:
    return {cid: Colleague(id=cid, department_id=dept, organises=organises, celebrate=consent)
            for cid, (dept, organises, consent) in spec.items()}


def _stored(spec) -> tuple[Celebration, bool, tuple[int, ...]]:
    day, celebrants, organisers, status, stale, effort = spec
    plan = Celebration(None, f"k-{day}", Kind.CUSTOM, None, day, day, status=status, effort=effort,
                       organisers=tuple(Organiser(cid) for cid in dict.fromkeys(organisers)))
    return plan, stale, tuple(dict.fromkeys(celebrants))


@settings(max_examples=150, deadline=None)
@given(_people, st.lists(_plan, max_size=25))
def test_figures_stay_in_range(spec, plans):
    people = _organisation(spec)
    found = insight(counted_from_plans(map(_stored, plans), START, END), people, START, END)
    values = [found.ei_overall, *found.ei_per_department.values(), *(q.ei_index for q in found.quarters)]
    assert all(-1 <= v <= 1 for v in values if v is not None)
    shares = [found.pairs_linked_share, *(q.pairs_linked_share for q in found.quarters)]
    assert all(0 <= s <= 1 for s in shares if s is not None)
    assert all(0 <= g <= 1 for g in [found.load.gini, *(q.gini for q in found.quarters)])
    assert found.load.min <= found.load.mean <= found.load.max


@settings(max_examples=150, deadline=None)
@given(_people, st.lists(_plan, max_size=20), st.lists(_plan, min_size=1, max_size=10))
def test_skipped_stale_and_outside_plans_never_count(spec, plans, extra):
    people = _organisation(spec)
    stored = [_stored(p) for p in plans]
    counted = [s for s in stored if not s[1] and s[0].status in (Status.PLANNED, Status.DONE)
               and START <= s[0].occasion_date <= END]
    ignored = []
    for plan, stale, celebrants in map(_stored, extra):
        never = stale or plan.status in (Status.SKIPPED, Status.TO_PLAN) or not START <= plan.occasion_date <= END
        if never:
            ignored.append((plan, stale, celebrants))
        else:  # make it one that never counts: stale
            ignored.append((plan, True, celebrants))
    assert (insight(counted_from_plans(stored + ignored, START, END), people, START, END)
            == insight(counted_from_plans(counted, START, END), people, START, END))
    assert len(counted_from_plans(ignored, START, END)) == 0
