"""The first day with the app (issue 13): the welcome on an empty file and its ways in, the demo organisation in a
file of its own, empty pages that say what to do, actions that need a colleague, the page-aware toolbar with
Plan… in the home view, File › Recent files and the language switched without a restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from desktop.app import build_window
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.preferences import MAX_RECENT, recent_files, remember_file
from desktop.store.celebrations import Celebrations
from desktop.store.database import open_database
from desktop.store.repository import Register
from desktop.ui import welcome
from desktop.ui.demo_file import DEMO_PEOPLE, demo_path
from tests.ui.hand_clock import clock_on
from tests.ui.person import Person

TODAY = date(2026, 11, 28)


@pytest.fixture
def person():
    someone = Person()
    yield someone
    someone.stop()


@pytest.fixture
def empty_window(qtbot, register, db_path, qt_dialogs, kept_preferences):
    window = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def colleague(first: str, last: str, birth: PartialDate | None = None) -> Colleague:
    return Colleague(None, first, "", last, f"{first.lower()}@example.nl", None, birth)


def count_in(path: Path) -> int:
    db = open_database(path)
    try:
        return Register(db).count()
    finally:
        db.close()


def test_an_empty_file_opens_on_the_welcome_and_add_a_colleague_leads_in(empty_window, register, person):
    w = empty_window
    pages = w.pages
    assert pages.welcome is not None
    assert pages.welcome.isVisible()
    assert not pages.coming_up.isVisible()
    assert "Welcome to Social Calendar" in pages.welcome.heading.text()
    assert set(pages.welcome.buttons) == {welcome.IMPORT, welcome.ADD, welcome.DEMO, welcome.POLICY}
    # Nothing needs a colleague yet that has none.
    for action in (w.edit_action, w.delete_action, w.leave_action, w.record_action, w.organiser_ical_action):
        assert not action.isEnabled(), action.text()
    person.expect(person.type_then_accept(first_name="Femke", last_name="Bakker"))
    pages.welcome.buttons[welcome.ADD].click()
    assert person.done() == []
    assert [c.full_name for c in register.colleagues()] == ["Femke Bakker"]
    QApplication.processEvents()  # the pages refresh once per burst of changes
    assert not pages.welcome.isVisible()
    assert w.record_action.isEnabled()


def test_every_empty_page_says_what_to_do_and_its_links_do_it(empty_window, register, person):
    w = empty_window
    for index in range(1, 5):
        w.pages.setCurrentIndex(index)
        hint = w.pages.hints[w.pages.currentWidget()]
        assert hint.isVisible(), index
        assert 'href="import"' in hint.text()
        assert 'href="add"' in hint.text()
        assert 'href="demo"' in hint.text()
    person.expect(person.type_then_accept(first_name="Jan", last_name="de Vries"))
    w.pages.hints[w.pages.budget_holder].linkActivated.emit("add")  # a click on "add a colleague…"
    assert person.done() == []
    assert register.count() == 1
    QApplication.processEvents()
    assert not w.pages.hints[w.pages.calendar_holder].isVisible()
    # Colleagues but no plan: the budget says how to get one.
    w.pages.setCurrentIndex(4)
    budget_hint = w.pages.hints[w.pages.budget_holder]
    assert budget_hint.isVisible()
    assert 'href="plan"' in budget_hint.text()


def test_edit_and_delete_are_disabled_again_after_file_new(empty_window, register, tmp_path, person):
    w = empty_window
    register.add(colleague("Anna", "Aalders"))
    w.workspace.reload()
    QApplication.processEvents()
    w.colleagues_page().table.selectRow(0)
    assert w.edit_action.isEnabled()
    assert w.delete_action.isEnabled()
    person.expect(person.save_as(tmp_path / "fresh.sqlite"))
    w.new_action.trigger()
    assert person.done() == []
    assert w.workspace.path == tmp_path / "fresh.sqlite"
    for action in (w.edit_action, w.delete_action, w.leave_action, w.record_action):
        assert not action.isEnabled(), action.text()
    QApplication.processEvents()
    w.pages.setCurrentIndex(0)
    assert w.pages.welcome.isVisible()


def test_the_demo_opens_in_a_file_of_its_own_and_the_way_back_returns_to_the_users_file(empty_window, db_path):
    w = empty_window
    before = db_path.read_bytes()
    w.pages.welcome.buttons[welcome.DEMO].click()
    assert w.workspace.path == demo_path()
    assert demo_path() != db_path
    assert w.workspace.colleague_count() == DEMO_PEOPLE
    assert "Demo organisation" in w.windowTitle()
    assert w.pages.demo_bar.isVisible()
    assert w.own_file_action.isVisible()
    assert not w.demo_action.isVisible()
    assert db_path.read_bytes() == before  # the user's own file is not touched
    assert count_in(db_path) == 0
    # Changing the demo leaves the real file alone too.
    w.workspace.register.add(colleague("Proef", "Persoon"))
    assert count_in(db_path) == 0
    w.pages.demo_bar.back.click()
    assert w.workspace.path == db_path
    assert "Demo organisation" not in w.windowTitle()
    assert not w.pages.demo_bar.isVisible()
    assert w.demo_action.isVisible()
    QApplication.processEvents()
    assert w.pages.welcome.isVisible()
    # The demo is made once: opening it again keeps what was changed in it.
    w.demo_action.trigger()
    assert w.workspace.colleague_count() == DEMO_PEOPLE + 1


@pytest.fixture
def busy_window(qtbot, register, db_path, qt_dialogs, kept_preferences):
    """Jan de Vries turns 50 a week from today: a milestone that needs a plan now."""
    register.add_many([colleague("Jan", "de Vries", PartialDate(12, 5, 1976)),
                       colleague("Eva", "Smit", PartialDate(3, 2, 1990)),
                       colleague("Sem", "Jansen", PartialDate(7, 7, 1985))])
    window = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def toolbar_texts(window) -> list[str]:
    return [action.text().replace("&", "") for action in window.toolbar.actions() if not action.isSeparator()]


def test_the_toolbar_shows_the_actions_of_the_page_shown(busy_window):
    w = busy_window
    expected = [
        ["Plan…", "Record occasion…", "Print month…"],
        ["Record occasion…", "Print month…"],
        ["Plan the coming months…", "Ask organisers…", "Print month…"],
        ["Add colleague…", "Edit colleague…", "Delete colleague…", "Import…", "Departments…"],
        ["Plan the coming months…", "Gift and gathering policy…"],
    ]
    for index, texts in enumerate(expected):
        w.pages.setCurrentIndex(index)
        assert toolbar_texts(w) == texts, index
        assert all(not action.icon().isNull() for action in w.toolbar.actions() if not action.isSeparator())
    w.pages.setCurrentIndex(2)
    assert not w.toolbar.ask_action.isEnabled()  # nothing selected, nobody to ask


def test_plan_from_the_home_view_opens_the_plan_editor_for_that_occasion(busy_window, register, person):
    w = busy_window
    attention = w.pages.coming_up.coming_up().attention
    assert [item.occasion.colleague_id for item in attention] == [register.colleagues()[0].id]
    assert w.toolbar.plan_action.isEnabled()
    seen: list[str] = []

    def look_then_accept(editor) -> None:
        seen.append(editor.windowTitle())
        person.accept(editor)

    person.expect(look_then_accept)
    w.toolbar.plan_action.trigger()  # nothing selected: the first that needs attention
    assert person.done() == []
    assert len(seen) == 1
    assert seen[0].startswith("Plan: Jan de Vries 50")
    plans = Celebrations(register.db).all()
    assert [(p.colleague_id, p.occasion_date) for p in plans] == [(attention[0].occasion.colleague_id,
                                                                   date(2026, 12, 5))]
    # Planned now: no longer needing attention, and its menu's Plan… opens the stored plan.
    QApplication.processEvents()
    assert w.pages.coming_up.coming_up().attention == []
    view = w.pages.coming_up.view
    model = view.model()
    jan_row = next(row for row in range(model.rowCount()) if "Jan de Vries 50" in (model.index(row, 1).data() or ""))
    person.expect(look_then_accept)
    w.pages.coming_up.context_menu(model.index(jan_row, 0)).actions()[0].trigger()
    assert person.done() == []
    assert len(seen) == 2
    assert seen[1].startswith("Plan: Jan de Vries 50")
    assert len(Celebrations(register.db).all()) == 1  # the same plan, not a second one


def test_recent_files_lists_the_last_eight_greys_missing_ones_opens_and_clears(empty_window, tmp_path, db_path):
    w = empty_window
    files = []
    for number in range(MAX_RECENT + 1):
        path = tmp_path / f"register-{number}.sqlite"
        count_in(path)  # creates it
        files.append(path)
    files[1].unlink()
    for path in reversed(files):
        remember_file(str(path))
    menu = w.recent_menu
    menu.rebuild()
    entries = menu.file_actions()
    assert len(entries) == MAX_RECENT
    assert [a.text() for a in entries[:2]] == ["&1 register-0.sqlite", "&2 register-1.sqlite (not found)"]
    assert entries[0].isEnabled()
    assert not entries[1].isEnabled()
    entries[2].trigger()
    assert w.workspace.path == files[2]
    assert recent_files()[0] == str(files[2])
    assert menu.file_actions()[0].text() == "&1 register-2.sqlite"
    clear = next(a for a in menu.actions() if a.text() == "&Clear list")
    clear.trigger()
    assert recent_files() == []
    assert menu.file_actions() == []
    assert isinstance(menu, QMenu)
    assert menu in [a.menu() for a in w.menuBar().actions()[0].menu().actions() if a.menu()]


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_language_changes_at_once_keeping_the_file_page_and_history(busy_window, register, person, qtbot):
    w = busy_window
    w.pages.setCurrentIndex(3)
    person.expect(person.type_then_accept(first_name="Bram", last_name="Bakker"))
    w.add_action.trigger()
    assert person.done() == []
    assert menu_titles(w)[:2] == ["&File", "&Edit"]
    dutch = next(action for action in w.language_actions.actions() if action.text() == "Nederlands")
    dutch.trigger()  # no message box, no restart
    assert menu_titles(w)[:3] == ["&Bestand", "Be&werken", "&Gelegenheden"]
    assert w.pages.currentIndex() == 3
    assert w.pages.tabText(0) == "Binnenkort"
    assert "Collega toevoegen…" in toolbar_texts(w)
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own catalogue follows too
    assert cancel.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    cancel.deleteLater()
    assert w.workspace.undo_stack.canUndo()  # the history stays: undo the added colleague
    QApplication.processEvents()  # the old pages and actions are deleted now
    w.undo_action.trigger()
    assert "Bram Bakker" not in [c.full_name for c in register.colleagues()]
    w.workspace.data_changed.emit()  # nothing of the old window answers any more
    QApplication.processEvents()
    english = next(action for action in w.language_actions.actions() if action.text() == "English")
    english.trigger()
    assert menu_titles(w)[:2] == ["&File", "&Edit"]
    assert w.pages.tabText(0) == "Coming up"
