"""Every action of the window's menus and toolbar, triggered on a demo organisation and answered through its
real dialogs with their defaults (issue #10, 9a): nothing may raise, and what the action makes is checked.

A new action that this test does not know how to drive fails the test, so the list stays complete.
"""

from __future__ import annotations

import subprocess
import traceback
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from desktop.app import build_window
from desktop.exchange.demo import write_demo
from desktop.models.colleague import Celebrate
from desktop.preferences import saved_language, settings
from desktop.store.gift_policy_store import load_gift_rules
from desktop.store.policy_store import load_policy
from tests.ui.hand_clock import clock_on
from tests.ui.person import Person

TODAY = date(2026, 11, 28)  # late November: the month offered for printing is December


@pytest.fixture
def qt_dialogs(qapp):
    """Qt's own file dialog (the one offscreen Qt shows anyway), whose file name field a test can type into."""
    before = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


@pytest.fixture
def kept_preferences():
    """The test changes the language and the recent files as a person would; later tests get them back."""
    store = settings()
    before = {key: store.value(key) for key in store.allKeys()}
    yield
    store.clear()
    for key, value in before.items():
        store.setValue(key, value)


@pytest.fixture
def demo(register):
    write_demo(register, people=60, seed=7, today=TODAY)
    return register


@pytest.fixture
def window(qtbot, demo, db_path, qt_dialogs, kept_preferences):
    window = build_window(demo, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def person():
    person = Person()
    yield person
    person.stop()


def menu_and_toolbar_actions(window) -> list:
    """Every action a person can click: the menu bar's, through every submenu, and every toolbar's."""
    found: list = []

    def walk(actions) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            if isinstance(action.menu(), QMenu):
                walk(action.menu().actions())
            elif action not in found:
                found.append(action)

    walk(window.menuBar().actions())
    for toolbar in window.findChildren(QToolBar):
        walk(toolbar.actions())
    return found


def pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_every_menu_and_toolbar_action_works_through_its_real_dialog(window, demo, db_path, tmp_path, person,
                                                                      qtbot):
    w = window
    people = demo.colleagues()
    december = [c.full_name for c in people if c.birth is not None and c.birth.month == 12
                and c.celebrate is Celebrate.YES and c.employed_on(date(2026, 12, 31))]
    quiet = [c.full_name for c in people if c.celebrate is Celebrate.QUIET]
    assert december, "the demo organisation should have December birthdays"
    assert quiet, "the demo organisation should have quiet colleagues"
    month_pdf, calendar_pdf = tmp_path / "december.pdf", tmp_path / "birthdays.pdf"
    csv = tmp_path / "new people.csv"
    csv.write_text("Voornaam;Achternaam;E-mail;Geboortedatum\nIngrid;Importeur;ingrid@example.nl;1990-05-04\n",
                   encoding="utf-8")
    new_file = tmp_path / "fresh.sqlite"
    records = len(demo.recorded_occasions())
    policy, gift_rules = load_policy(demo.db), load_gift_rules(demo.db)

    def names() -> list[str]:
        return [c.full_name for c in demo.colleagues()]

    def select_first_colleague() -> None:  # what a person does before Edit, Leave or Delete: click a row
        w.colleagues_page().search.clear()
        w.colleagues_page().table.selectRow(0)

    def select_bram() -> None:
        page = w.colleagues_page()
        page.search.setText("Bram Bakker")
        page.table.selectRow(0)

    accept = person.accept
    # (action, what to do first, the dialogs it opens, then what must be true). In this order: the data
    # path first, switching files and quitting last.
    plan = [
        *[(action, None, [], lambda i=i: w.pages.currentIndex() == i) for i, action in enumerate(w.page_actions)],
        (w.find_action, None, [], lambda: w.pages.currentWidget() is w.pages.colleagues_holder),
        (w.edit_action, select_first_colleague, [accept], lambda: not w.workspace.undo_stack.canUndo()),
        (w.leave_action, select_first_colleague, [accept], None),
        (w.add_action, None, [person.type_then_accept(first_name="Bram", last_name="Bakker")],
         lambda: "Bram Bakker" in names()),
        (w.undo_action, None, [], lambda: "Bram Bakker" not in names()),
        (w.redo_action, None, [], lambda: "Bram Bakker" in names()),
        (w.delete_action, select_bram, [person.answer(QMessageBox.StandardButton.Yes)],
         lambda: "Bram Bakker" not in names() and len(names()) == len(people)),
        (w.departments_action, None, [accept], None),
        (w.record_action, select_first_colleague, [accept], lambda: len(demo.recorded_occasions()) == records + 1),
        (w.records_action, None, [accept], None),
        (w.import_action, None, [person.open_file(csv), accept], lambda: "Ingrid Importeur" in names()),
        (w.print_month_action, None, [accept, accept], lambda: person.preview_pages[-1] >= 1),
        (w.month_pdf_action, None, [accept, person.save_as(month_pdf)],
         lambda: any(name in pdf_text(month_pdf) for name in december)),
        (w.print_calendar_action, None, [accept, accept], lambda: person.preview_pages[-1] == 12),
        (w.calendar_pdf_action, None, [accept, person.save_as(calendar_pdf)],
         lambda: any(c.full_name in pdf_text(calendar_pdf) for c in people if c.celebrate is Celebrate.YES)),
        (w.export_ical_action, None, [accept, accept], lambda: shared_calendar_is_private(quiet)),
        (w.organiser_ical_action, None, [accept, accept], lambda: organiser_calendar()),
        # Accepting a policy as it is changes nothing.
        (w.policy_action, None, [accept], lambda: load_policy(demo.db) == policy),
        (w.gift_policy_action, None, [accept], lambda: load_gift_rules(demo.db) == gift_rules),
        (w.publishing_action, None, [accept], None),
        (w.mail_action, None, [accept], None),
        (w.sharing.share_action, None, [accept], None),
        (w.sharing.conflicts_action, None, [accept], None),
        *[(action, None, [accept], lambda code=code: saved_language() == code)
          for action, code in zip(w.language_actions.actions()[::-1], ("en", "nl", None), strict=True)],
        (w.about_action, None, [accept], None),
        (w.new_action, None, [person.save_as(new_file)], lambda: w.workspace.path == new_file and not names_in(w)),
        (w.open_action, None, [person.open_file(db_path)], lambda: w.workspace.path == db_path and names_in(w)),
        (w.quit_action, None, [], lambda: not w.isVisible()),
    ]
    planned = [action for action, *_ in plan]
    clickable = menu_and_toolbar_actions(w)
    unknown = [action.text() for action in clickable if action not in planned]
    assert not unknown, f"actions this test does not drive yet: {unknown}"
    assert not [action.text() for action in planned if action not in clickable]

    failures = []
    for action, before, dialogs, check in plan:
        label = action.text().replace("&", "")
        if before:
            before()
        if not action.isEnabled():
            failures.append(f"{label}: disabled")
            continue
        person.expect(*dialogs)
        with qtbot.capture_exceptions() as raised:
            action.trigger()
        problems = person.done()
        problems += ["".join(traceback.format_exception(*exc)) for exc in raised]
        if not problems and check is not None and not check():
            problems.append("did not do what it should")
        failures += [f"{label}: {problem}" for problem in problems]
    assert not failures, "\n".join(failures)


def names_in(window) -> bool:
    return window.workspace.colleague_count() > 0


def shared_calendar_is_private(quiet: list[str]) -> bool:
    """Export calendar… writes the shared calendar by default (in the home folder, a temporary one here)."""
    written = Path.home() / "social-calendar.ics"
    text = written.read_text(encoding="utf-8").replace("\r\n ", "")
    return "BEGIN:VEVENT" in text and not [name for name in quiet if name in text]


def organiser_calendar() -> bool:
    """The demo's plans lie in the past year, the export's default period ahead: a calendar with no events."""
    written = list(Path.home().glob("celebrations-*.ics"))
    return len(written) == 1 and written[0].read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_the_language_chosen_in_the_window_is_the_language_of_the_command_line(window, demo, db_path, person,
                                                                              capsys):
    from desktop.cli import main

    dutch = next(action for action in window.language_actions.actions() if action.text() == "Nederlands")
    person.expect(person.accept)
    dutch.trigger()
    assert person.done() == []
    assert main(["occasions", "--db", str(db_path), "--from", "2026-12-01", "--to", "2026-12-31"]) == 0
    out = capsys.readouterr().out
    assert " jaar\n" in out  # "Chidi Visser 45 jaar"
    assert "years" not in out

