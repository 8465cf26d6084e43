"""The planner closes gaps on purpose: among equally fair candidates, the pair of departments linked least in the
last twelve months (links as models.connections counts them), and the reasons say so. Worked by hand."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.models.colleague import Colleague
from desktop.models.connections import Counted
from desktop.models.organisers import Organisation, Turn
from desktop.models.planner import Planner, Request

MONDAY = date(2027, 3, 1)
SALES, FINANCE, HR = 1, 2, 3
NAMES = {SALES: "Sales", FINANCE: "Finance", HR: "HR"}


def _person(cid: int, dept: int, **changes) -> Colleague:
    return Colleague(id=cid, first_name=f"P{cid}", last_name="Test", department_id=dept, **changes)


# 1 is celebrated; 2 (Finance) and 3 (HR) may organise and have had no turn; 4, 5 and 6 only appear in the
# links of earlier celebrations (they do not organise, so they weigh on nobody's load).
PEOPLE = [_person(1, SALES), _person(2, FINANCE), _person(3, HR), _person(4, SALES, organises=False),
          _person(5, FINANCE, organises=False), _person(6, HR, organises=False)]


def _org() -> Organisation:
    return Organisation.build(PEOPLE, NAMES)


def _links(dept_person: int, days_ago: int, times: int = 1) -> list[Counted]:
    """`times` celebrations of Sales colleague 4 organised by `dept_person`, `days_ago` before MONDAY."""
    return [Counted(MONDAY - timedelta(days=days_ago + i), (4,), (dept_person,)) for i in range(times)]


def _texts(choice) -> list[str]:
    return [reason.untranslated() for reason in choice.reasons]


def test_the_least_linked_pair_wins_among_equally_fair_candidates():
    # Sales–Finance met twice this year, Sales–HR once: the HR colleague links the rarer pair.
    links = _links(5, 60, times=2) + _links(6, 30)
    [choice] = Planner(_org(), celebrations=links).staff(Request(1, MONDAY, 1, 1.0))
    assert choice.colleague_id == 3
    assert "links HR and Sales, who organised together only 1 time(s) this year" in _texts(choice)
    # The other way round, Finance wins.
    links = _links(5, 60) + _links(6, 30, times=2)
    [choice] = Planner(_org(), celebrations=links).staff(Request(1, MONDAY, 1, 1.0))
    assert choice.colleague_id == 2
    assert "links Finance and Sales, who organised together only 1 time(s) this year" in _texts(choice)


def test_a_pair_that_has_not_met_this_year_is_named_so():
    links = _links(5, 30)  # Sales–Finance met; Sales–HR did not
    [choice] = Planner(_org(), celebrations=links).staff(Request(1, MONDAY, 1, 1.0))
    assert choice.colleague_id == 3
    assert "links HR and Sales, who did not organise together this year" in _texts(choice)


def test_only_the_last_twelve_months_count():
    # Sales–HR met three times, but more than a year ago; Sales–Finance once, this year: HR is the gap.
    links = _links(6, 400, times=3) + _links(5, 100)
    [choice] = Planner(_org(), celebrations=links).staff(Request(1, MONDAY, 1, 1.0))
    assert choice.colleague_id == 3
    assert "links HR and Sales, who did not organise together this year" in _texts(choice)


def test_links_suggested_earlier_in_the_same_plan_count_too():
    # Both pairs met once. The first celebration links one of them a second time; a colleague of that department
    # who has not organised yet (8) is then as fair as the other department's, yet the other pair wins.
    people = [*PEOPLE, _person(8, FINANCE), _person(9, HR)]
    planner = Planner(Organisation.build(people, NAMES), celebrations=_links(5, 30) + _links(6, 30))
    first = planner.staff(Request(1, MONDAY, 1, 1.0))[0].colleague_id
    second = planner.staff(Request(1, MONDAY + timedelta(days=1), 1, 1.0))[0].colleague_id
    departments = {people[i].department_id for i, p in enumerate(people) if p.id in (first, second)}
    assert departments == {FINANCE, HR}


def test_fairness_comes_before_the_gap():
    # HR is the rarer pair, but its candidate has organised this year and Finance's has not.
    links = _links(5, 60, times=2)
    turns = [Turn(3, MONDAY - timedelta(days=20), 1.0, 6)]
    [choice] = Planner(_org(), turns, links).staff(Request(1, MONDAY, 1, 1.0))
    assert choice.colleague_id == 2
    assert "links Finance and Sales, who organised together only 2 time(s) this year" in _texts(choice)


def test_a_pair_that_met_often_is_no_gap_worth_naming():
    links = _links(5, 60, times=3) + _links(6, 30, times=3)
    [choice] = Planner(_org(), celebrations=links).staff(Request(1, MONDAY, 1, 1.0))
    assert not any("together" in text for text in _texts(choice))


def test_the_bridge_of_a_milestone_closes_the_gap_too():
    people = [*PEOPLE, _person(7, SALES)]  # 7 knows the celebrant (same department)
    org = Organisation.build(people, NAMES)
    choices = Planner(org, celebrations=_links(5, 30)).staff(Request(1, MONDAY, 2, 2.0))
    assert [c.colleague_id for c in choices] == [7, 3]
    assert [c.role for c in choices] == ["knows", "bridge"]
    assert "links HR and Sales, who did not organise together this year" in _texts(choices[1])



def test_a_shared_history_gives_the_same_answer_and_stays_as_it_was():
    from desktop.models.organisers import History

    people = [*PEOPLE, _person(7, SALES), _person(8, HR)]
    org = Organisation.build(people, NAMES)
    turns = [Turn(7, MONDAY - timedelta(days=40), 1.0, 1, frozenset({7, 3})),
             Turn(3, MONDAY - timedelta(days=40), 1.0, 1, frozenset({7, 3}))]
    shared = History(turns)
    before = (set(shared.pairs), {cid: set(shared.acquaintances(cid)) for cid in range(1, 9)})
    request = Request(1, MONDAY, 2, 2.0)
    own = Planner(org, turns, _links(5, 30)).staff(request)
    assert Planner(org, turns, _links(5, 30), shared).staff(request) == own
    assert (shared.pairs, {cid: shared.acquaintances(cid) for cid in range(1, 9)}) == before
