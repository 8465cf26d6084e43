"""The Connections page (issue 15) on a real file with hand-worked figures: the department map's cells and their
tooltips, the empty pair marked, keyboard focus, the period chooser, and a double-click that opens the colleague."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from support.dialogs import cancel

from desktop.app import build_window
from desktop.render.insight_charts import link_colour
from desktop.ui.clock import Clock
from desktop.ui.colleague_dialog import ColleagueDialog
from tests.render.test_insight_pages import make_connections_office
from tests.ui.hand_clock import HandTime

TODAY = date(2027, 12, 31)  # the last twelve months are 2027


@pytest.fixture
def office(register):
    return make_connections_office(register)


@pytest.fixture
def window(qtbot, register, db_path, office):
    clock = Clock(HandTime(TODAY))
    window = build_window(register, db_path, clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.hand_time = clock._now  # the test moves the day
    return window


@pytest.fixture
def page(window):
    assert window.pages.connections is None  # built when first opened, not at start-up
    window.pages.setCurrentWidget(window.pages.connections_holder)
    return window.pages.connections


def test_the_page_opens_on_the_last_twelve_months_with_the_hand_worked_figures(page):
    assert page.period.period() == (date(2027, 1, 1), date(2027, 12, 31))
    values = {card.title.text(): card.value.text() for card in page.cards}
    assert values["Celebrations"] == "3"
    assert values["Department pairs linked"] == "67%"
    assert "2 of 3 pairs of departments" in page.cards[1].explanation.text()
    assert page.cards[1].accessibleName() == "Department pairs linked: 67%"


def test_the_heat_map_cell_of_a_pair_has_its_count_and_the_empty_pair_is_marked(page):
    spots = page.heat_map.spots()
    assert page.heat_map.painted.columns == 3  # Finance, ICT, Sales on both axes
    finance_sales, finance_ict = spots[0 * 3 + 2], spots[0 * 3 + 1]
    assert finance_sales.text == "Finance and Sales: 2 celebrations linked them"
    assert spots[2 * 3 + 0].text == "Sales and Finance: 2 celebrations linked them"  # seen from the other side
    assert spots[1 * 3 + 2].text == "ICT and Sales: 1 celebration linked them"
    assert finance_ict.text == "Finance and ICT: no celebration linked them"
    image = page.heat_map.grab().toImage()
    ratio = image.devicePixelRatio()

    def colours(rect) -> set[str]:
        inner = rect.adjusted(3, 3, -3, -3)
        return {image.pixelColor(QPoint(int(x * ratio), int(y * ratio))).name()
                for x in range(int(inner.left()), int(inner.right()), 2)
                for y in range(int(inner.top()), int(inner.bottom()), 2)}

    assert link_colour(2, 2).name() in colours(finance_sales.rect)
    empty = colours(finance_ict.rect)
    assert "#ffffff" in empty  # white with grey hatching: no colour of the scale
    assert all(QColor(c).saturation() == 0 for c in empty)
    QToolTip.hideText()
    centre = finance_sales.rect.center().toPoint()
    QApplication.sendEvent(page.heat_map, QHelpEvent(QEvent.Type.ToolTip, centre, page.heat_map.mapToGlobal(centre)))
    assert QToolTip.text() == finance_sales.text


def test_the_keyboard_moves_through_the_cells_and_says_each(page, qtbot):
    chart = page.heat_map
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # the first cell
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.accessibleDescription() == "Finance and ICT: no celebration linked them"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.accessibleDescription().startswith("ICT:")  # ICT with itself
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == 8
    assert chart.accessibleName().startswith("Department map")


def test_the_lists_name_who_fell_through_the_cracks_and_a_double_click_opens_the_colleague(page, qtbot, person):
    rows = [[page.not_celebrated.topLevelItem(i).text(c) for c in range(3)]
            for i in range(page.not_celebrated.topLevelItemCount())]
    assert rows == [["Dirk Draagvlak", "Sales", "An occasion without a plan"],
                    ["Frank Nooitgevraagd", "ICT", "An occasion without a plan"],
                    ["Eva Onbekend", "Finance", "No birth date known"]]
    assert page.not_celebrated_box.title() == "Not celebrated (3)"
    never = [page.never_organised.topLevelItem(i).text(0) for i in range(page.never_organised.topLevelItemCount())]
    assert never == ["Cora Netwerk", "Frank Nooitgevraagd", "Eva Onbekend"]
    opened: list[str] = []

    def look_and_cancel(dialog):
        opened.append(dialog.edits["first_name"].text())
        cancel(dialog)

    person.will(ColleagueDialog, look_and_cancel)
    tree = page.not_celebrated
    item = tree.topLevelItem(2)
    tree.scrollToItem(item)
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first click
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: opened == ["Eva"])


def test_a_double_click_on_a_bar_of_the_load_chart_opens_that_colleague(page, qtbot, person):
    chart = page.load_chart
    spots = chart.spots()
    assert spots[0].text == "Dirk Draagvlak (Sales): 3 turns, effort 3.0"
    opened: list[str] = []
    person.will(ColleagueDialog, lambda dialog: (opened.append(dialog.edits["first_name"].text()), cancel(dialog)))
    where = spots[0].rect.center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: opened == ["Dirk"])
    assert chart.current == 0


def test_the_period_follows_a_preset_typed_dates_and_the_new_day(page, window):
    box = page.period.preset_box
    box.setCurrentIndex(box.findData("last_year"))
    assert page.period.period() == (date(2026, 1, 1), date(2026, 12, 31))
    assert page.cards[0].value.text() == "0"
    page.period.from_edit.setDate(date(2027, 3, 1))
    page.period.to_edit.setDate(date(2027, 6, 30))
    assert page.period.preset() == "chosen"
    assert page.cards[0].value.text() == "2"  # Anna's and Bert's birthdays
    page.period.from_edit.setDate(date(2027, 7, 1))
    assert page.problem.text() == "The period ends before it starts."
    box.setCurrentIndex(box.findData("last_12_months"))
    assert page.problem.text() == ""
    window.hand_time.go_to(date(2028, 1, 10))
    window.clock.check()
    assert page.period.period() == (date(2027, 1, 11), date(2028, 1, 10))
    assert page.cards[0].value.text() == "3"  # the three birthdays of 2027 are still inside
