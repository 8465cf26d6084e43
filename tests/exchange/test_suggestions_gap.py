"""The plan editor's "Next best" keeps naming the gap in the department map its pick closes."""

from __future__ import annotations

from desktop.exchange.suggestions import Suggester
from tests.models.test_planner_gaps import HR, MONDAY, NAMES, PEOPLE, _person


def test_next_best_keeps_saying_which_gap_it_closes():
    people = [*PEOPLE, _person(8, HR)]  # two HR colleagues: turning one down leaves the other
    suggester = Suggester(people, NAMES, (), ())
    [first] = suggester.suggest(1, MONDAY, 1)
    assert "links" in first.reasons[0].untranslated()
    other = suggester.next_best(1, MONDAY, [first], 0)
    assert other is not None
    assert other.colleague_id != first.colleague_id
    assert other.gap is not None
    assert "who did not organise together this year" in other.reasons[0].untranslated()
