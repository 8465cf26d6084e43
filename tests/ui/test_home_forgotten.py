"""Nobody forgotten: the home view's "Needs attention" names a colleague who would go a year without a
celebration, says how to fix it, and a double-click opens the colleague to fix it there."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.dialogs import ok

from desktop.app import build_window
from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.ui.calendar.models import COLLEAGUE_ID_ROLE, Column
from desktop.ui.colleague_dialog import ColleagueDialog
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)
WHEN, FIX = "nothing for a year", "add a birth date"


@pytest.fixture
def window(qtbot, register, db_path):
    ict = register.add_department("ICT")
    register.add_many([
        Colleague(None, "Pieter", "van der", "Berg", "pieter@example.nl", ict.id, PartialDate(4, 3, 1980)),
        Colleague(None, "Anna", "", "Aalders", "anna@example.nl", ict.id),  # nothing known to celebrate
        Colleague(None, "Bram", "", "Bos", "bram@example.nl", hire_date=date(2014, 8, 31)),  # 12.5 years in Feb
        Colleague(None, "Stil", "", "Stam", "stil@example.nl", celebrate=Celebrate.QUIET),  # asked for no fuss
    ])
    window = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _attention(view) -> list[tuple[str, str, str, str, int]]:
    """(name or title, when, department, note, row) of the colleague rows under "Needs attention"."""
    model, rows, inside = view.model, [], False
    for row in range(model.rowCount()):
        heading = model.index(row, 0).data() or ""
        if row in dict(model.spanning_rows()) and dict(model.spanning_rows())[row]:
            inside = heading.startswith("Needs attention")
            continue
        if inside and model.index(row, 0).data(COLLEAGUE_ID_ROLE) is not None:
            column = view.model.columns.index
            rows.append((model.index(row, column(Column.OCCASION)).data(),
                         model.index(row, column(Column.DETAIL)).data(),
                         model.index(row, column(Column.DEPARTMENT)).data(),
                         model.index(row, column(Column.NOTE)).data(), row))
    return rows


def test_a_colleague_without_anything_to_celebrate_is_named_with_the_fix(window, register, person, qtbot):
    view = window.pages.coming_up
    named = _attention(view)
    assert [row[:4] for row in named] == [("Anna Aalders", WHEN, "ICT", FIX)]
    # The start-up banner says so too, without naming her (it reads like the other reminders).
    assert "1 colleague would go a year without a celebration" in window.pages.banner.text()
    assert window.pages.banner.isVisibleTo(window)
    anna = next(c for c in register.colleagues() if c.first_name == "Anna")

    shown = []

    def add_the_birth_date(dialog):
        shown.append(dialog.edits["first_name"].text())
        dialog.edits["birth"].setText("12-03-1990")
        ok(dialog)

    person.will(ColleagueDialog, add_the_birth_date)
    table = view.view
    index = view.model.index(named[0][4], view.model.columns.index(Column.OCCASION))
    assert index.data(COLLEAGUE_ID_ROLE) == anna.id
    position = table.visualRect(index).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)  # a double-click follows a click
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert shown == ["Anna"]  # the double-click opened Anna in the colleague form
    assert next(c for c in register.colleagues() if c.id == anna.id).birth == PartialDate(3, 12, 1990)
    qtbot.waitUntil(lambda: _attention(view) == [])
    assert "without a celebration" not in window.pages.banner.text()
    window.undo_action.trigger()  # the birth date taken back: Anna is named again
    qtbot.waitUntil(lambda: [row[0] for row in _attention(view)] == ["Anna Aalders"])
