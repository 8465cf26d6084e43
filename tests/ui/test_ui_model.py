"""The colleagues table model and its search proxy."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.models.colleague import Celebrate, Colleague, Department
from desktop.models.dates import PartialDate
from desktop.ui.colleague_filter import ColleagueFilterProxy
from desktop.ui.colleague_model import SORT_KEY_ROLE, ColleagueTableModel, Column
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)
DEPARTMENTS = [Department(1, "Financiën"), Department(2, "ICT")]


def people() -> list[Colleague]:
    return [
        Colleague(1, "Pieter", "van der", "Berg", "pieter@example.nl", 2, PartialDate(3, 4, 1980),
                  hire_date=date(2010, 5, 1)),
        Colleague(2, "Anna", "", "Aalders", "anna@example.nl", 1, PartialDate(11, 28),
                  celebrate=Celebrate.QUIET),
        Colleague(3, "Zoë", "de", "Zwart", "zoe@example.nl", None, None, end_date=date(2020, 1, 31)),
        Colleague(4, "Çem", "", "Öztürk", "cem@example.nl", 1, PartialDate(12, 1, 1990)),
    ]


@pytest.fixture
def model(qtbot) -> ColleagueTableModel:
    return ColleagueTableModel(people(), DEPARTMENTS, clock_on(TODAY))


@pytest.fixture
def proxy(model) -> ColleagueFilterProxy:
    proxy = ColleagueFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def names(proxy) -> list[str]:
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, model, proxy):
    qtmodeltester.check(model)
    proxy.set_search("berg")
    qtmodeltester.check(proxy)


def test_names_sort_by_last_name_ignoring_the_prefix(model, proxy):
    assert names(proxy) == ["Anna Aalders", "Pieter van der Berg", "Çem Öztürk", "Zoë de Zwart"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Zoë de Zwart"


def test_cells_show_dutch_dates_age_and_consent(model):
    row = model.row_of(1)
    assert model.index(row, Column.BIRTHDAY).data() == "04-03-1980"
    assert model.index(row, Column.AGE).data() == "46"
    assert model.index(row, Column.NEXT_BIRTHDAY).data() == "04-03-2027"
    assert model.index(row, Column.HIRE_DATE).data() == "01-05-2010"
    anna = model.row_of(2)
    assert model.index(anna, Column.BIRTHDAY).data() == "28-11"
    assert model.index(anna, Column.AGE).data() == ""  # year unknown
    assert model.index(anna, Column.NEXT_BIRTHDAY).data(Qt.ItemDataRole.ToolTipRole) == "Today"
    assert model.index(anna, Column.CONSENT).data() == "Quietly"


def test_leavers_are_greyed(model):
    assert model.index(model.row_of(3), Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(model.row_of(1), Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_ages_sort_as_numbers_with_empties_last(proxy, order):
    proxy.sort(Column.AGE, order)
    ages = [proxy.index(row, Column.AGE).data() for row in range(proxy.rowCount())]
    expected = ["35", "46"] if order == Qt.SortOrder.AscendingOrder else ["46", "35"]
    assert ages == [*expected, "", ""]


def test_next_birthday_sorts_as_dates(proxy):
    proxy.sort(Column.NEXT_BIRTHDAY, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[:3] == ["Anna Aalders", "Çem Öztürk", "Pieter van der Berg"]
    assert proxy.index(0, Column.NEXT_BIRTHDAY).data(SORT_KEY_ROLE) == TODAY


@pytest.mark.parametrize(("search", "expected"), [
    ("financien", ["Anna Aalders", "Çem Öztürk"]),  # department, accents ignored
    ("ICT", ["Pieter van der Berg"]),
    ("zoe@", ["Zoë de Zwart"]),  # e-mail
    ("ZOË", ["Zoë de Zwart"]),
    ("ozturk", ["Çem Öztürk"]),  # accented name found without accents
    ("berg pieter", ["Pieter van der Berg"]),  # every word must match
    ("nobody", []),
    ("", ["Anna Aalders", "Pieter van der Berg", "Çem Öztürk", "Zoë de Zwart"]),
])
def test_search_as_you_type(proxy, search, expected):
    proxy.set_search(search)
    assert names(proxy) == expected


def test_put_and_remove_keep_the_sort_order(model, proxy):
    proxy.set_search("example")
    model.put(Colleague(5, "Bram", "", "Bakker", "bram@example.nl"))
    assert names(proxy)[1] == "Bram Bakker"
    model.put(people()[0].with_changes(last_name="Aaberg"))
    assert names(proxy)[0] == "Pieter van der Aaberg"
    model.remove(5)
    assert "Bram Bakker" not in names(proxy)


def test_painting_a_cell_asks_only_for_the_roles_the_model_answers_and_shows_its_answers(qtbot):
    """Views paint through multiData, one call per cell: it must show what data() answers, and spare the model
    the roles it never answers (that is what makes repainting after a keystroke cheap)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    asked: set[int] = set()

    class Counting(ColleagueTableModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            asked.add(int(role))
            return super().data(index, role)

    model = Counting(people(), DEPARTMENTS, clock_on(TODAY))
    proxy = ColleagueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("e")  # filtered, so proxy rows differ from source rows
    view = QTableView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    delegate = view.itemDelegate()
    for row in range(proxy.rowCount()):
        for column in Column:
            index = proxy.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)  # what painting the cell does
            assert option.text == (index.data() or "")
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            if foreground is not None:
                assert option.palette.color(QPalette.ColorRole.Text) == foreground
            if column == Column.AGE:
                assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert asked
    assert not asked & {int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.DecorationRole),
                        int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.CheckStateRole)}
