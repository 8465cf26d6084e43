"""The planner's gap reasons as the plan editor and "Plan the coming months" show them (ui/planning/texts.py), in
Dutch and English, with real plural forms from the shipped catalogues."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.i18n import install_translations
from desktop.models.colleague import Colleague
from desktop.models.connections import Counted
from desktop.models.organisers import Organisation
from desktop.models.planner import Planner, Request
from desktop.ui.planning.texts import reasons_text

MONDAY = date(2027, 3, 1)


def _reasons(times_met: int):
    """Eva (Verkoop) is celebrated; Jan (Financiën) organises; Verkoop and Financiën met `times_met` times."""
    people = [Colleague(id=1, first_name="Eva", department_id=1), Colleague(id=2, first_name="Jan", department_id=2),
              Colleague(id=3, first_name="Old", department_id=1, organises=False),
              Colleague(id=4, first_name="Hand", department_id=2, organises=False)]
    org = Organisation.build(people, {1: "Verkoop", 2: "Financiën"})
    links = [Counted(MONDAY - timedelta(days=10 + i), (3,), (4,)) for i in range(times_met)]
    [choice] = Planner(org, celebrations=links).staff(Request(1, MONDAY, 1, 1.0))
    return choice.reasons


@pytest.mark.parametrize(("language", "times", "expected"), [
    ("en", 0, "Links Financiën and Verkoop, who did not organise together this year; "),
    ("en", 1, "Links Financiën and Verkoop, who organised together only 1 time this year; "),
    ("en", 2, "Links Financiën and Verkoop, who organised together only 2 times this year; "),
    ("nl", 0, "Verbindt Financiën en Verkoop, die dit jaar nog niets samen organiseerden; "),
    ("nl", 1, "Verbindt Financiën en Verkoop, die dit jaar pas 1 keer samen iets organiseerden; "),
    ("nl", 2, "Verbindt Financiën en Verkoop, die dit jaar pas 2 keer samen iets organiseerden; "),
])
def test_the_gap_reason_reads_naturally(english_qt, language, times, expected):
    install_translations(english_qt, language)  # the real catalogue; the fixture puts English back
    assert reasons_text(_reasons(times)).startswith(expected)
