"""Long work shows its progress and can be cancelled, leaving nothing half-done: a large import through the
real File › Import conversation (its preview and progress dialogs answered as a person would)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.exchange.importing import apply_import, plan_import
from desktop.models.colleague import Colleague
from desktop.models.progress import Cancelled, Progress
from desktop.ui import import_flow, long_work
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 12, 2)
ROWS = 5000


@pytest.fixture
def window(qtbot, register, db_path):
    from desktop.ui.main_window import MainWindow

    register.add_many([Colleague(None, "Pieter", "", "Berg")])
    clock = clock_on(TODAY)
    window = MainWindow(Workspace(register, db_path, ColleagueTableModel(register.colleagues(), [], clock)), clock)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "hr.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Afdeling\n" + "".join(
        f"Naam{i};Achter{i};n{i}@example.nl;Afdeling {i % 20}\n" for i in range(ROWS)), encoding="utf-8")
    return path


@pytest.fixture
def shown_at_once(monkeypatch):
    monkeypatch.setattr(long_work, "SHOW_AFTER_MS", 0)  # the bar shows however fast this machine is


def test_quick_work_gives_its_result_and_shows_no_dialog(qtbot):
    seen = []
    assert long_work.run_with_progress(None, "Work", lambda progress: seen.append(progress) or 42) == 42
    assert isinstance(seen[0], Progress)


def test_an_error_in_the_work_reaches_the_caller(qtbot):
    def fail(_progress):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        long_work.run_with_progress(None, "Work", fail)


def press_cancel(labels: list[str]):
    def answer(dialog: QProgressDialog) -> None:
        labels.append(dialog.labelText())
        dialog.findChild(QPushButton).click()
    return answer


def test_cancel_while_comparing_imports_nothing(window, person, big_file, db_path, register, shown_at_once):
    before = db_path.read_bytes()
    labels: list[str] = []
    person.will(QProgressDialog, press_cancel(labels))
    assert not import_flow.import_file(window, window.workspace, big_file, TODAY)
    assert labels[0] in ("", "Reading hr.csv…", "Comparing the rows with the register…")
    assert db_path.read_bytes() == before
    assert not window.undo_action.isEnabled()


def test_cancel_while_saving_rolls_everything_back(window, person, big_file, db_path, register, shown_at_once):
    before = db_path.read_bytes()
    labels: list[str] = []
    person.may_wait_for(QProgressDialog)  # reading and comparing: the person waits
    person.will(ImportDialog, lambda dialog: dialog.import_button.click())
    person.will(QProgressDialog, press_cancel(labels))
    assert not import_flow.import_file(window, window.workspace, big_file, TODAY)
    assert labels[0] in ("", "Comparing the rows with the register…", "Saving the colleagues…")
    assert [c.full_name for c in register.colleagues()] == ["Pieter Berg"]
    assert db_path.read_bytes() == before
    assert not window.undo_action.isEnabled()
    # and the window still works: the same import, not cancelled, goes through
    person.may_wait_for(QProgressDialog)
    person.will(ImportDialog, lambda dialog: dialog.import_button.click())
    person.may_wait_for(QProgressDialog)
    assert import_flow.import_file(window, window.workspace, big_file, TODAY)
    assert len(register.colleagues()) == ROWS + 1


def test_a_cancelled_save_leaves_the_file_as_it_was(register, big_file, db_path):
    """The rule underneath: Cancel during the one transaction of apply_import rolls it back."""
    register.add_many([Colleague(None, "Pieter", "", "Berg")])
    plan = plan_import(big_file, register, TODAY)
    before = db_path.read_bytes()

    class CancelWhenSaving(Progress):
        def start(self, phase, total=0):
            super().start(phase, total)
            if "Saving" in phase.source:
                self.cancel()

    with pytest.raises(Cancelled):
        apply_import(plan, register, progress=CancelWhenSaving())
    assert db_path.read_bytes() == before
    assert len(register.colleagues()) == 1
