"""The year's money against the annual budgets (Qt-free): amounts typed as people type them, what is left or
over, and the budget settings' checks."""

from datetime import date

import pytest

from desktop.models.budget import against_budgets, annual_budgets, budget_summary
from desktop.models.celebration import Celebration, Status
from desktop.models.file_settings import SettingError, checked
from desktop.models.kinds import Kind
from desktop.models.money import parse_euros


@pytest.mark.parametrize(("typed", "cents"), [
    ("1500", 150000), ("1500,50", 150050), ("1.500,50", 150050), ("1,500.50", 150050), ("€ 25", 2500),
    ("25.5", 2550), ("1,5", 150), ("1 500", 150000), ("EUR 12", 1200), ("0", 0),
])
def test_amounts_as_people_type_them(typed, cents):
    assert parse_euros(typed) == cents


@pytest.mark.parametrize("typed", ["", "abc", "-5", "1.2.3,4,5", "€", "1,234.567", "12.34.56", "1,2,3",
                                   "1.5.0", "10,0001"])
def test_what_is_not_an_amount(typed):
    assert parse_euros(typed) is None


def test_three_digits_after_one_mark_group_thousands():
    assert parse_euros("12,345") == parse_euros("12.345") == 12_345_00
    assert parse_euros("1.234.567") == parse_euros("1,234,567") == 1_234_567_00


def test_the_budget_setting_is_stored_in_plain_euros_and_refuses_nonsense():
    assert checked("budget.birthday", "1.500,5") == "1500.50"
    assert checked("budget.monthly_treat", " ") == ""
    for bad in ("veel", "-10", "1e9", "999999999999"):
        with pytest.raises(SettingError):
            checked("budget.birthday", bad)
    with pytest.raises(SettingError):
        checked("budget.holiday", "100")


def celebration(kind: Kind, day: date, budget: int, spent: int | None = None,
                status: Status = Status.PLANNED) -> Celebration:
    return Celebration(None, f"{kind}-{day}", kind, None, day, day, "", "", budget, status, spent, "", 1.0, ())


def test_each_kind_against_its_budget():
    year = budget_summary([
        celebration(Kind.BIRTHDAY, date(2027, 3, 1), 60_00, 55_00),
        celebration(Kind.BIRTHDAY, date(2027, 9, 1), 50_00),
        celebration(Kind.BIRTHDAY, date(2027, 10, 1), 99_00, status=Status.SKIPPED),  # skipped: not planned
        celebration(Kind.WEDDING, date(2027, 5, 1), 80_00, 95_00),
        celebration(Kind.FAREWELL, date(2026, 5, 1), 80_00),  # another year
    ], 2027)
    budgets = annual_budgets({"budget.birthday": "100.00", "budget.wedding": "90.00", "budget.farewell": "50.5"})
    assert budgets == {Kind.BIRTHDAY: 100_00, Kind.WEDDING: 90_00, Kind.FAREWELL: 50_50}
    rows = {row.kind: row for row in against_budgets(year, budgets)}
    assert list(rows) == [Kind.BIRTHDAY, Kind.FAREWELL, Kind.WEDDING]  # the fixed kind order
    birthday = rows[Kind.BIRTHDAY]
    assert (birthday.planned_cents, birthday.spent_cents, birthday.left_cents, birthday.over) == (110_00, 55_00,
                                                                                                  -10_00, True)
    wedding = rows[Kind.WEDDING]
    assert (wedding.left_cents, wedding.over) == (10_00, True)  # spent more than the budget, though planned less
    farewell = rows[Kind.FAREWELL]  # a budget, nothing this year
    assert (farewell.planned_cents, farewell.left_cents, farewell.over, farewell.count) == (0, 50_50, False, 0)


def test_without_budgets_every_kind_of_the_year_is_shown_without_one():
    year = budget_summary([celebration(Kind.CUSTOM, date(2027, 12, 18), 400_00)], 2027)
    (row,) = against_budgets(year, {})
    assert (row.kind, row.budget_cents, row.left_cents, row.over) == (Kind.CUSTOM, None, None, False)
