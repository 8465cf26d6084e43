"""The one clock: its timers notice midnight and a wake from sleep, and a window left open follows the date.

The Clock is the real one throughout; only its time source is a HandTime the test moves.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import build_window
from desktop.exchange.demo import write_demo
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.store.database import open_database
from desktop.store.repository import Register
from desktop.ui.calendar.colleague_occasions import ColleagueOccasions
from desktop.ui.calendar.coming_up_view import ComingUpView
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.year_list import YearList
from desktop.ui.clock import Clock
from desktop.ui.colleague_model import Column
from tests.ui.hand_clock import HandTime

NEW_YEARS_EVE = date(2026, 12, 31)  # a Thursday: this week runs to Sunday 3 January, in the next year
DIRK_50 = "★ Dirk Dekker 50 years — Abraham/Sarah"
TESSA_50 = "★ Tessa Terpstra 50 years — Abraham/Sarah"


@pytest.fixture(autouse=True)
def english_dates():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def settings_left_as_found(kept_preferences):
    """These tests sort the colleagues table; the window saves that on closing: later tests must not inherit it.
    (Set up before qtbot, so it runs after qtbot has closed the windows.)"""


def days_seen(clock: Clock) -> list[date]:
    seen: list[date] = []
    clock.day_changed.connect(seen.append)
    return seen


# -- the clock's own timers ------------------------------------------------------------------------------
def test_the_midnight_timer_signals_the_new_day_once(qtbot):
    hand = HandTime(datetime(2026, 12, 31, 23, 59, 59, 700_000))
    clock = Clock(hand)  # the once-a-minute check is far off: only the midnight timer can notice in time
    seen = days_seen(clock)
    hand.go_to(datetime(2027, 1, 1, 0, 0, 0, 300_000))  # the time moves on; the timer was set 0.3 s + a hair ahead
    qtbot.waitUntil(lambda: seen != [], timeout=3000)
    assert seen == [date(2027, 1, 1)]
    assert clock.today() == date(2027, 1, 1)
    qtbot.wait(800)  # the timer now waits for the next midnight, a day away
    assert seen == [date(2027, 1, 1)]


def test_a_midnight_timer_that_fires_before_midnight_changes_nothing(qtbot):
    hand = HandTime(datetime(2026, 12, 31, 23, 59, 59, 800_000))
    clock = Clock(hand)
    seen = days_seen(clock)
    qtbot.wait(1200)  # the timer fires (and again): the time source still says 31 December
    assert seen == []
    assert clock.today() == NEW_YEARS_EVE
    hand.go_to(datetime(2027, 1, 1, 0, 0, 0, 100_000))  # the timer set itself again for the rest of the wait
    qtbot.waitUntil(lambda: seen != [], timeout=3000)
    assert seen == [date(2027, 1, 1)]


def test_a_sleep_over_several_days_is_one_new_day(qtbot):
    hand = HandTime(datetime(2026, 12, 31, 23, 59, 59, 700_000))
    clock = Clock(hand)
    seen = days_seen(clock)
    hand.go_to(datetime(2027, 1, 4, 8, 30))  # the lid closed before midnight and opened on Monday morning
    qtbot.waitUntil(lambda: seen != [], timeout=3000)
    qtbot.wait(600)
    assert seen == [date(2027, 1, 4)]


def test_the_periodic_check_finds_the_day_after_a_suspend(qtbot):
    """A suspend stops the timers' clock: the midnight timer would fire hours late; the periodic check does not."""
    hand = HandTime(datetime(2026, 12, 31, 12, 0))  # midnight is twelve hours away
    clock = Clock(hand, check_ms=50)
    seen = days_seen(clock)
    qtbot.wait(200)
    assert seen == []  # the periodic check ran and found the same day
    hand.go_to(datetime(2027, 1, 2, 9, 0))
    qtbot.waitUntil(lambda: seen != [], timeout=2000)
    qtbot.wait(200)
    assert seen == [date(2027, 1, 2)]


def test_coming_back_to_the_application_checks_the_date(qtbot):
    hand = HandTime(datetime(2026, 12, 31, 12, 0))
    clock = Clock(hand)
    seen = days_seen(clock)
    hand.go_to(datetime(2027, 1, 1, 7, 45))
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert seen == []
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert seen == [date(2027, 1, 1)]


def test_time_moving_within_the_day_is_no_new_day():
    hand = HandTime(datetime(2026, 12, 31, 0, 0))
    clock = Clock(hand)
    seen = days_seen(clock)
    for hour in (6, 12, 23):
        hand.go_to(datetime(2026, 12, 31, hour, 59))
        assert not clock.check()
    assert seen == []
    hand.go_to(datetime(2027, 1, 1, 0, 0))
    assert clock.check()
    assert not clock.check()
    assert seen == [date(2027, 1, 1)]


# -- views on their own ----------------------------------------------------------------------------------
@pytest.fixture
def source() -> OccasionSource:
    people = [Colleague(1, "Tessa", "", "Terpstra", birth=PartialDate(1, 1, 1977)),
              Colleague(2, "Lotte", "de", "Lange", birth=PartialDate(1, 14, 1985))]
    return OccasionSource(people, [], {})


def test_the_year_list_alone_turns_to_the_new_year_unless_another_year_is_shown(qtbot, source):
    hand = HandTime(NEW_YEARS_EVE)
    clock = Clock(hand)
    current, other = YearList(source, clock), YearList(source, clock)
    for year_list in (current, other):
        qtbot.addWidget(year_list)
    other.set_year(2030)
    hand.go_to(date(2027, 1, 1))
    clock.check()
    assert (current.year(), other.year()) == (2027, 2030)
    assert current.year_label.text() == "2027"


def test_one_colleagues_occasions_alone_count_from_the_new_day(qtbot, source):
    hand = HandTime(NEW_YEARS_EVE)
    clock = Clock(hand)
    panel = ColleagueOccasions(source, clock)
    qtbot.addWidget(panel)
    panel.set_colleague(1)
    details = lambda: [panel.model.index(row, 2).data() for row in range(panel.model.rowCount())]  # noqa: E731
    assert details() == ["tomorrow"]
    hand.go_to(date(2027, 1, 1))
    clock.check()
    assert details() == ["today", "in about 12 months"]  # twelve months on reach 1 January 2028
    hand.go_to(date(2027, 1, 2))
    clock.check()
    assert details() == ["in about 12 months"]


def test_the_home_view_alone_moves_its_week(qtbot, source):
    hand = HandTime(NEW_YEARS_EVE)
    clock = Clock(hand)
    view = ComingUpView(source, clock)
    qtbot.addWidget(view)
    assert [item.occasion.colleague_id for item in view.coming_up().this_week] == [1]
    hand.go_to(date(2027, 1, 11))  # Monday: Lotte's birthday on Thursday is this week now
    clock.check()
    assert [item.occasion.colleague_id for item in view.coming_up().this_week] == [2]
    assert view.today_label.text() == "Today is Mon 11 Jan 2027"


# -- a window left open ----------------------------------------------------------------------------------
@pytest.fixture
def office(register):
    """A small office whose year's turn matters: Dirk turns 50 on New Year's Eve, Tessa on New Year's Day."""
    finance, ict = register.add_department("Financiën"), register.add_department("ICT")
    register.add_many([
        Colleague(None, "Dirk", "", "Dekker", "dirk@example.nl", finance.id, PartialDate(12, 31, 1976),
                  hire_date=date(2015, 3, 1)),
        Colleague(None, "Tessa", "", "Terpstra", "tessa@example.nl", ict.id, PartialDate(1, 1, 1977),
                  hire_date=date(2018, 9, 1)),
        Colleague(None, "Sam", "", "Smit", "sam@example.nl", ict.id, PartialDate(1, 8, 1990),
                  hire_date=date(2020, 2, 3)),
        Colleague(None, "Lotte", "de", "Lange", "lotte@example.nl", finance.id, PartialDate(1, 14, 1985),
                  hire_date=date(2012, 6, 1)),
    ])
    return register


@pytest.fixture
def hand():
    return HandTime(datetime(2026, 12, 31, 16, 0))


@pytest.fixture
def window(qtbot, office, db_path, hand):
    window = build_window(office, db_path, Clock(hand))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def home_sections(window) -> dict[str, list[str]]:
    """The home view's sections as shown: heading → "occasion | detail" per row."""
    model = window.pages.coming_up.model
    sections: dict[str, list[str]] = {}
    heading = ""
    headings = {row for row, is_heading in model.spanning_rows() if is_heading}
    for row in range(model.rowCount()):
        first = model.index(row, 0).data()
        if row in headings:
            heading = first.split(" (")[0]
            sections[heading] = []
        elif model.index(row, 1).data():
            sections[heading].append(f"{model.index(row, 1).data()} | {model.index(row, 2).data()}")
    return sections


def open_every_page(window) -> None:
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()  # a page added to a shown tab is shown by a queued call, as in the app
    window.pages.setCurrentIndex(0)


def table(window, *columns: Column) -> list[tuple[str, ...]]:
    proxy = window.colleagues_page().proxy
    return [tuple(proxy.index(row, column).data() for column in (Column.NAME, *columns))
            for row in range(proxy.rowCount())]


def select(window, name: str) -> None:
    page = window.colleagues_page()
    names = [page.proxy.index(row, Column.NAME).data() for row in range(page.proxy.rowCount())]
    page.table.selectRow(names.index(name))


def side_panel(window) -> list[tuple[str, str]]:
    model = window.colleagues_page().side_panel.model
    return [(model.index(row, 1).data(), model.index(row, 2).data()) for row in range(model.rowCount())]


def planned_birthdays(planning) -> set[tuple[str, date]]:
    return {(item.colleague.first_name, item.occasion_date) for item in planning.items() if item.colleague}


def test_new_years_eve_as_the_window_opens(window):
    """The starting point the next tests move from, checked so that their "before" is known."""
    assert window.pages.coming_up.today_label.text() == "Today is Thu 31 Dec 2026"
    sections = home_sections(window)
    assert sections["This week"] == [f"{DIRK_50} | today", f"{TESSA_50} | tomorrow"]
    assert [line.split(" | ")[0] for line in sections["Needs attention"]] == [DIRK_50, TESSA_50]
    assert "Dirk Dekker" in window.pages.banner.text()
    assert not window.pages.banner.isHidden()


def test_after_midnight_every_view_shows_the_new_year(window, hand, qtbot):
    open_every_page(window)  # the pages built lazily exist now and must follow as well
    pages = window.pages
    window.colleagues_page().table.sortByColumn(Column.NEXT_BIRTHDAY, Qt.SortOrder.AscendingOrder)
    select(window, "Tessa Terpstra")
    assert table(window, Column.AGE, Column.NEXT_BIRTHDAY) == [
        ("Dirk Dekker", "50", "31-12-2026"), ("Tessa Terpstra", "49", "01-01-2027"),
        ("Sam Smit", "36", "08-01-2027"), ("Lotte de Lange", "41", "14-01-2027")]
    assert side_panel(window)[0] == (TESSA_50, "tomorrow")
    assert pages.calendar.month_view.month_label.text() == "December 2026"
    assert pages.planning.period() == (NEW_YEARS_EVE, date(2027, 3, 31))
    assert ("Dirk", NEW_YEARS_EVE) in planned_birthdays(pages.planning)
    assert pages.budget.year_box.currentData() == 2026

    hand.go_to(datetime(2027, 1, 1, 0, 0, 1))
    with qtbot.waitSignal(window.clock.day_changed, timeout=1000):
        window.clock.check()  # what the midnight timer calls

    assert pages.coming_up.today_label.text() == "Today is Fri 1 Jan 2027"
    sections = home_sections(window)
    assert sections["This week"] == [f"{TESSA_50} | today"]
    assert sections["Needs attention"] == [f"{TESSA_50} | No plan yet, today"]
    assert [line.split(" | ")[0] for line in sections["Next 30 days"]] == [
        "Sam Smit 37 years", "Lotte de Lange 42 years"]
    assert "Dirk Dekker" not in pages.banner.text()
    assert "Tessa Terpstra" in pages.banner.text()
    # The table: Tessa is 50 today; Dirk's next birthday is a year away, so he goes to the end.
    assert table(window, Column.AGE, Column.NEXT_BIRTHDAY) == [
        ("Tessa Terpstra", "50", "01-01-2027"), ("Sam Smit", "36", "08-01-2027"),
        ("Lotte de Lange", "41", "14-01-2027"), ("Dirk Dekker", "50", "31-12-2027")]
    proxy = window.colleagues_page().proxy
    assert proxy.index(0, Column.NEXT_BIRTHDAY).data(Qt.ItemDataRole.ToolTipRole) == "Today"
    assert side_panel(window)[0] == (TESSA_50, "today")
    month = pages.calendar.month_view
    assert month.selected_day() == date(2027, 1, 1)
    assert month.month_label.text() == "January 2027"
    assert month.grid.today() == date(2027, 1, 1)
    assert pages.calendar.year_list.year() == 2027
    pages.setCurrentWidget(pages.planning_holder)
    assert pages.planning.period() == (date(2027, 1, 1), date(2027, 4, 1))
    assert ("Dirk", NEW_YEARS_EVE) not in planned_birthdays(pages.planning)
    pages.setCurrentWidget(pages.budget_holder)
    assert pages.budget.year_box.currentData() == 2027
    assert pages.budget.totals.text().startswith("2027:")


def test_after_a_sleep_of_days_the_week_moves_and_the_banner_goes(window, hand):
    open_every_page(window)
    hand.go_to(datetime(2027, 1, 12, 8, 15))  # closed on New Year's Eve, opened on Tuesday 12 January
    assert window.clock.check()
    pages = window.pages
    assert pages.coming_up.today_label.text() == "Today is Tue 12 Jan 2027"
    sections = home_sections(window)
    assert sections["This week"] == ["Lotte de Lange 42 years | in 2 days"]
    assert sections["Needs attention"] == []  # both fiftieths are past
    assert pages.banner.isHidden()
    window.colleagues_page().table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert table(window, Column.AGE) == [("Dirk Dekker", "50"), ("Lotte de Lange", "41"), ("Sam Smit", "37"),
                                         ("Tessa Terpstra", "50")]
    assert pages.calendar.month_view.grid.today() == date(2027, 1, 12)


def test_plan_the_coming_months_proposes_the_period_from_the_new_day(window, hand, person):
    from PySide6.QtWidgets import QProgressDialog

    from desktop.ui.planning.plan_months_dialog import PlanMonthsDialog

    hand.go_to(datetime(2027, 1, 1, 9, 0))
    window.clock.check()
    window.pages.setCurrentWidget(window.pages.planning_holder)
    proposed: list[tuple[date, date]] = []

    def look_and_cancel(dialog) -> None:
        proposed.append((dialog.start_edit.date().toPython(), dialog.end_edit.date().toPython()))
        dialog.reject()

    person.may_wait_for(QProgressDialog)  # the proposals being worked out
    person.will(PlanMonthsDialog, look_and_cancel)
    window.pages.planning.plan_button.click()
    assert proposed == [(date(2027, 1, 1), date(2027, 4, 30))]


def test_a_window_left_open_overnight_shows_what_a_fresh_window_shows(qtbot, register, db_path):
    """On a demo organisation: every view after midnight equals the same view opened on the new day."""
    write_demo(register, people=150, seed=3, today=NEW_YEARS_EVE)
    hand = HandTime(datetime(2026, 12, 31, 22, 0))
    left_open = build_window(register, db_path, Clock(hand))
    qtbot.addWidget(left_open)
    left_open.show()
    open_every_page(left_open)
    before = snapshot(left_open)
    hand.go_to(datetime(2027, 1, 1, 0, 0, 1))
    assert left_open.clock.check()
    after = snapshot(left_open)
    second = Register(open_database(db_path))
    fresh = build_window(second, db_path, Clock(HandTime(datetime(2027, 1, 1, 0, 0, 1))))
    qtbot.addWidget(fresh)
    fresh.show()
    open_every_page(fresh)
    assert after == snapshot(fresh)
    assert {key for key in after if after[key] != before[key]} >= {"home", "month", "year", "planning", "budget"}
    second.db.close()


def snapshot(window) -> dict[str, object]:
    """What each view shows that depends on the date."""
    pages = window.pages
    model = pages.coming_up.model
    home = [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]
    page = window.colleagues_page()
    page.table.sortByColumn(Column.NEXT_BIRTHDAY, Qt.SortOrder.AscendingOrder)
    proxy = page.proxy
    ages = [(proxy.index(row, Column.NAME).data(), proxy.index(row, Column.AGE).data(),
             proxy.index(row, Column.NEXT_BIRTHDAY).data()) for row in range(proxy.rowCount())]
    page.table.selectRow(0)
    pages.setCurrentWidget(pages.planning_holder)
    planning = (pages.planning.period(), [item.key for item in pages.planning.items()])
    pages.setCurrentWidget(pages.budget_holder)
    budget = pages.budget.year_box.currentData()
    pages.setCurrentIndex(0)
    month = pages.calendar.month_view
    return {"home": home, "banner": (pages.banner.text(), pages.banner.isHidden()), "ages": ages,
            "side": side_panel(window), "month": (month.selected_day(), month.grid.today()),
            "year": pages.calendar.year_list.year(), "planning": planning, "budget": budget}


def test_the_clock_moves_hour_by_hour_without_a_new_day_until_midnight(window, hand):
    """Time passing within the day leaves the views alone (no signal): the evening still shows 31 December."""
    label = window.pages.coming_up.today_label
    for hour in range(17, 24):
        hand.go_to(datetime(2026, 12, 31, hour, 30))
        assert not window.clock.check()
        assert label.text() == "Today is Thu 31 Dec 2026"
    hand.go_to(NEW_YEARS_EVE + timedelta(days=1))
    assert window.clock.check()
    assert label.text() == "Today is Fri 1 Jan 2027"
