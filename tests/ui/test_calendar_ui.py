"""The calendar widgets: month navigation, days and holidays, details, coming-up sections, models."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from desktop.models.colleague import Celebrate, Colleague
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Kind
from desktop.ui.calendar.calendar_page import CalendarPage
from desktop.ui.calendar.colleague_occasions import ColleagueOccasions
from desktop.ui.calendar.coming_up_view import COLUMNS, ComingUpView, attention_summary
from desktop.ui.calendar.models import SUBTITLE_ROLE, Column, Group, OccasionGroupModel, OccasionListModel
from desktop.ui.calendar.month_view import MonthView
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.style import TODAY_COLOUR
from desktop.ui.calendar.year_list import YearList
from desktop.ui.clock import Clock
from tests.ui.hand_clock import HandTime, clock_on

TODAY = date(2026, 11, 28)  # a Saturday


@pytest.fixture(autouse=True)
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def source() -> OccasionSource:
    people = [
        Colleague(1, "Eva", "", "Smit", department_id=1, birth=PartialDate(2, 29, 1980), hire_date=date(2010, 1, 4)),
        Colleague(2, "Jan", "de", "Vries", department_id=2, birth=PartialDate(12, 5, 1976),
                  hire_date=date(2000, 3, 1), celebrate=Celebrate.QUIET),
        Colleague(3, "Pieter", "van der", "Berg", department_id=1, hire_date=date(2014, 8, 31)),
        Colleague(4, "Noor", "", "Bakker", department_id=2, hire_date=date(2026, 12, 1)),
        Colleague(5, "Sem", "", "Jansen", birth=PartialDate(11, 29, 1992), hire_date=date(2019, 5, 6)),
        Colleague(6, "Lot", "", "Visser", birth=PartialDate(12, 10, 1985), celebrate=Celebrate.NO),
    ]
    records = [RecordedOccasion(1, 5, "birth", date(2026, 12, 14), child_name="Fien")]
    return OccasionSource(people, records, {1: "Finance", 2: "ICT"})


@pytest.fixture
def month(qtbot, source) -> MonthView:
    view = MonthView(source, clock_on(TODAY))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_month_buttons_and_keys_turn_the_month_over_the_year(month, qtbot):
    assert month.month_label.text() == "November 2026"
    month.next_button.click()
    assert month.month_label.text() == "December 2026"
    month.next_button.click()
    assert month.month_label.text() == "January 2027"
    QTest.keyClick(month.grid, Qt.Key.Key_PageUp)
    assert month.month_label.text() == "December 2026"
    QTest.keyClick(month.grid, Qt.Key.Key_PageDown)
    QTest.keyClick(month.grid, Qt.Key.Key_PageDown)
    assert month.month_label.text() == "February 2027"
    QTest.keyClick(month.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert month.month_label.text() == "January 2027"
    month.today_button.click()
    assert month.selected_day() == TODAY
    assert month.month_label.text() == "November 2026"


def test_arrow_keys_move_the_day_and_cross_into_the_next_month(month):
    month.select_day(date(2026, 11, 30))
    with_month = []
    month.month_changed.connect(lambda year, number: with_month.append((year, number)))
    QTest.keyClick(month.grid, Qt.Key.Key_Right)
    assert month.selected_day() == date(2026, 12, 1)
    assert with_month == [(2026, 12)]
    QTest.keyClick(month.grid, Qt.Key.Key_Down)
    assert month.selected_day() == date(2026, 12, 8)
    QTest.keyClick(month.grid, Qt.Key.Key_Up)
    QTest.keyClick(month.grid, Qt.Key.Key_Left)
    assert month.selected_day() == date(2026, 11, 30)
    assert month.month_label.text() == "November 2026"


def test_a_new_day_moves_the_ring_and_a_selection_on_today(qtbot, source):
    hand = HandTime(TODAY)
    clock = Clock(hand)
    month = MonthView(source, clock)
    qtbot.addWidget(month)
    month.resize(1100, 700)
    month.show()
    qtbot.waitExposed(month)
    hand.go_to(date(2027, 3, 10))  # the computer slept for months: one jump, one new day
    assert month.grid.today() == TODAY  # nothing moves until the clock has looked
    assert clock.check()
    assert month.selected_day() == date(2027, 3, 10)
    assert month.month_label.text() == "March 2027"
    assert ring_days(month, date(2027, 3, 10), date(2027, 3, 17)) == ["today", ""]
    month.select_day(date(2027, 3, 20))  # looking elsewhere: the next day moves the ring, not the selection
    hand.go_to(date(2027, 3, 11))
    clock.check()
    assert month.selected_day() == date(2027, 3, 20)
    assert ring_days(month, date(2027, 3, 11), date(2027, 3, 10)) == ["today", ""]
    QTest.keyClick(month.grid, Qt.Key.Key_Home)
    assert month.selected_day() == date(2027, 3, 11)


def ring_days(month: MonthView, *days: date) -> list[str]:
    """Per day, "today" when its number is painted on the today ring, else ""."""
    image = month.grid.grab().toImage()
    found = []
    for day in days:
        rect = month.grid.day_rect(day)
        colours = {image.pixelColor(x, y).name() for x in range(rect.left(), rect.left() + 30)
                   for y in range(rect.top(), rect.top() + 20)}
        found.append("today" if QColor(TODAY_COLOUR).name() in colours else "")
    return found


def test_leap_day_birthday_and_copper_jubilee_fall_on_28_february_2027(month):
    month.set_month(2027, 2)
    found = {(o.kind, o.colleague_id) for o in month.grid.occasions_on(date(2027, 2, 28))}
    assert found == {(Kind.BIRTHDAY, 1), (Kind.WORK_ANNIVERSARY, 3)}
    milestones = [o for o in month.grid.occasions_on(date(2027, 2, 28)) if o.milestone]
    assert [o.colleague_id for o in milestones] == [3]  # 12.5 years; Eva turns 47
    assert month.grid.occasions_on(date(2027, 3, 1)) == []


def test_no_consent_colleague_never_appears(month):
    month.set_month(2026, 12)
    assert month.grid.occasions_on(date(2026, 12, 10)) == []


def test_public_holiday_names_in_dutch(month):
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    month.set_month(2027, 4)
    assert month.grid.holidays()[date(2027, 4, 27)] == "Koningsdag"
    month.select_day(date(2027, 4, 27))
    assert month.details.holiday.text() == "Koningsdag"
    assert month.month_label.text() == "april 2027"


def test_clicking_a_day_fills_the_details_and_marks_quiet(month, qtbot):
    month.set_month(2026, 12)
    rect = month.grid.day_rect(date(2026, 12, 5))
    QTest.mouseClick(month.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert month.selected_day() == date(2026, 12, 5)
    rows = month.details.model.rows()
    assert [row.occasion.colleague_id for row in rows] == [2]
    assert "Jan de Vries 50 years" in rows[0].title
    subtitle = month.details.model.index(0, 0).data(SUBTITLE_ROLE)
    assert subtitle.startswith("Birthday · ")
    assert subtitle.endswith(" · ICT · quiet")
    assert "celebrate on Fri 4 Dec" in subtitle  # a Saturday: the Friday before
    assert month.details.heading.text() == "Sat 5 Dec 2026"


def test_double_click_on_the_details_and_on_a_chip_opens_the_colleague(month, qtbot):
    month.select_day(date(2026, 12, 14))
    view = month.details.view
    index = month.details.model.index(0, 0)
    assert month.details.model.rowCount() == 1
    position = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)  # a double-click follows a click
    with qtbot.waitSignal(month.colleague_activated, timeout=1000) as blocker:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == [5]
    month.grid.grab()
    hits = [(rect, o) for rect, o in month.grid.chip_hits() if o.date == date(2026, 12, 1)]
    assert [o.colleague_id for _, o in hits] == [4]
    with qtbot.waitSignal(month.colleague_activated, timeout=1000) as blocker:
        QTest.mouseDClick(month.grid, Qt.MouseButton.LeftButton, pos=hits[0][0].center())
    assert blocker.args == [4]


def test_a_full_day_shows_more(qtbot):
    crowd = [Colleague(i, f"Person{i}", "", "Test", birth=PartialDate(11, 10, 1990)) for i in range(1, 30)]
    view = MonthView(OccasionSource(crowd), clock_on(TODAY))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.grid.grab()  # paints now; the chips are known after painting
    shown = [o for _, o in view.grid.chip_hits() if o.date == date(2026, 11, 10)]
    assert 0 < len(shown) < 29


def test_coming_up_sections(qtbot, source):
    view = ComingUpView(source, clock_on(TODAY))
    qtbot.addWidget(view)
    coming = view.coming_up()
    assert [(i.occasion.kind, i.occasion.colleague_id) for i in coming.attention] == [
        (Kind.FIRST_DAY, 4), (Kind.BIRTHDAY, 2)]  # the birth on 14 Dec is beyond its 14-day lead time
    assert [i.occasion.colleague_id for i in coming.this_week] == [5]  # Sem's birthday, Sunday 29 Nov
    assert [(i.occasion.date, i.occasion.colleague_id) for i in coming.next_days] == [
        (date(2026, 12, 1), 4), (date(2026, 12, 5), 2), (date(2026, 12, 14), 5)]
    model = view.model
    # One flat list: a heading per section, then its occasions
    headings = [row for row, heading in model.spanning_rows() if heading]
    assert headings == [0, 3, 5]
    assert [model.index(row, 0).data() for row in headings] == [
        "Needs attention (2)", "This week (1)", "Next 30 days (3)"]
    assert view.view.columnSpan(0, 0) == len(COLUMNS)
    view.resize(1100, 600)  # room for every occasion on one line: only the headings are taller
    view.show()
    qtbot.waitUntil(lambda: view.view.columnWidth(1) > 300)
    view.view.resizeRowsToContents()
    assert view.view.rowHeight(0) > view.view.rowHeight(1)  # headings stand apart
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    jan = model.index(2, 0)
    assert "Jan de Vries 50 years" in model.index(2, Column.OCCASION).data()
    assert jan.data() == "Sat 5 Dec"
    assert model.index(2, 2).data() == "No plan yet, in 7 days"
    assert model.index(2, 4).data() == "quiet"
    assert model.index(4, 2).data() == "tomorrow"  # Sem, this week
    # Enter on an occasion that needs attention plans it; on any other it opens the colleague.
    view.view.setCurrentIndex(jan)
    with qtbot.waitSignal(view.plan_requested, timeout=1000) as blocker:
        QTest.keyClick(view.view, Qt.Key.Key_Return)
    assert blocker.args[0].colleague_id == 2
    assert blocker.args[0].kind is Kind.BIRTHDAY
    view.view.setCurrentIndex(model.index(4, 0))
    with qtbot.waitSignal(view.colleague_activated, timeout=1000) as blocker:
        QTest.keyClick(view.view, Qt.Key.Key_Return)
    assert blocker.args == [5]
    # Every occasion's menu offers Plan… (the default) and Show colleague.
    menu = view.context_menu(model.index(4, 0))
    assert [action.text() for action in menu.actions()] == ["&Plan…", "Show &colleague"]
    assert menu.defaultAction() is menu.actions()[0]
    with qtbot.waitSignal(view.plan_requested, timeout=1000) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args[0].colleague_id == 5
    summary = attention_summary(coming, source)
    assert summary is not None
    assert summary.startswith("2 occasions need a plan: First day: Noor Bakker (Tue 1 Dec), Jan de Vries 50")


def test_coming_up_plans_and_empty_states(qtbot, source):
    view = ComingUpView(source, clock_on(TODAY), has_plan=lambda occasion: True)
    qtbot.addWidget(view)
    assert view.coming_up().attention == []
    assert attention_summary(view.coming_up(), source) is None
    view.set_source(OccasionSource())
    lines = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert lines[0] == "Needs attention"
    assert lines[2] == "This week"
    assert lines[3] == "Nothing to celebrate this week. The calendar shows what comes later."
    assert len(lines) == 6
    assert all(lines)
    assert [row for row, _ in view.model.spanning_rows()] == list(range(6))


def test_year_list_groups_by_month(qtbot, source):
    year_list = YearList(source, clock_on(TODAY))
    qtbot.addWidget(year_list)
    year_list.set_year(2027)
    year_list.show()
    february = year_list.model.index(1, 0)
    assert february.data() == "February (2)"
    rows = year_list.model.groups()[1].rows
    assert {row.occasion.colleague_id for row in rows} == {1, 3}
    year_list.view.setCurrentIndex(year_list.model.index(0, 1, february))
    with qtbot.waitSignal(year_list.colleague_activated, timeout=1000) as blocker:
        QTest.keyClick(year_list.view, Qt.Key.Key_Enter)
    assert blocker.args == [rows[0].occasion.colleague_id]


def test_calendar_page_year_follows_month(qtbot, source):
    page = CalendarPage(source, clock_on(TODAY))
    qtbot.addWidget(page)
    page.month_view.set_month(2027, 2)
    assert page.year_list.year() == 2027


def test_colleague_occasions_next_twelve_months(qtbot, source):
    widget = ColleagueOccasions(source, clock_on(TODAY))
    qtbot.addWidget(widget)
    widget.set_colleague(5)
    kinds = [row.occasion.kind for row in widget.model.rows()]
    assert kinds == [Kind.BIRTHDAY, Kind.BIRTH]  # 29 Nov 2026 and baby Fien; 29 Nov 2027 is past a year
    widget.set_colleague(6)
    assert widget.model.rows() == []


def test_models_pass_the_model_tester(qtmodeltester, source):
    rows = [source.row(o, "in 3 days") for o in source.occasions(date(2026, 1, 1), date(2027, 12, 31))]
    flat = OccasionListModel(list(Column))
    flat.set_rows(rows)
    qtmodeltester.check(flat)
    grouped = OccasionGroupModel(list(Column))
    grouped.set_groups([Group("A", rows[:3], "none"), Group("B", [], "nothing"), Group("C", rows[3:], "")])
    qtmodeltester.check(grouped)


def test_rows_that_were_headings_get_their_plain_height_back(qtbot):
    """Row heights outlive a refresh: when the sections shift, old heading rows must not stay tall."""
    people = [Colleague(i, f"Piet{i}", "", "Smit", birth=PartialDate(12, i, 1976)) for i in range(1, 6)]
    view = ComingUpView(OccasionSource(people, [], {}), clock_on(TODAY))
    qtbot.addWidget(view)
    view.resize(1100, 600)  # every occasion on one line: rows differ only by being headings
    view.show()
    qtbot.waitUntil(lambda: view.view.columnWidth(1) > 300)

    def heights():
        headings = {row for row, heading in view.model.spanning_rows() if heading}
        plain = {view.view.rowHeight(row) for row in range(view.model.rowCount()) if row not in headings}
        tall = {view.view.rowHeight(row) for row in headings}
        return plain, tall

    before = heights()
    plain, tall = before
    assert len(plain) == 1
    assert len(tall) == 1
    assert max(tall) > max(plain)
    view.set_source(OccasionSource([], [], {}))  # three headings, each with a "nothing here" row
    view.set_source(OccasionSource(people, [], {}))
    assert heights() == before
