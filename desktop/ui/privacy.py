"""The colleague's rights in the window (the rules in models/privacy.py, the file's side in store/privacy.py):
File › Export a colleague's data…, Edit › Forget colleague…, Edit › Former colleagues… (who is erased when,
with Erase now…), and the automatic erasing of leavers when the window opens a file.

Forgetting cannot be undone: the question says so, and the undo history starts afresh after it (its steps may
hold the colleague, and undoing them would bring the data back).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.colleague import Colleague
from desktop.models.dates import display_date
from desktop.models.privacy import Erasure, Scheduled
from desktop.store import privacy
from desktop.store.errors import StoreError

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate  # the name lupdate knows

class ChooseColleagueDialog(QDialog):
    """Which colleague, when none is selected in the table."""

    def __init__(self, title: str, colleagues: list[Colleague], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = QComboBox()
        for colleague in sorted(colleagues, key=lambda c: c.sort_name.casefold()):
            self.box.addItem(f"{colleague.sort_name} <{colleague.email}>" if colleague.email else colleague.sort_name,
                             colleague.id)
        form = QFormLayout(self)
        form.addRow(self.tr("&Colleague"), self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(colleagues))
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, colleagues: list[Colleague]) -> int | None:
        dialog = cls(title, colleagues, parent)
        try:
            return int(dialog.box.currentData()) if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _chosen(window: MainWindow, title: str) -> Colleague | None:
    selected = window.selected_colleague()
    if selected is not None:
        return selected
    colleague_id = ChooseColleagueDialog.ask(window, title, window.workspace.register.colleagues())
    return window.workspace.register.colleague(colleague_id) if colleague_id is not None else None


def export_colleague_data(window: MainWindow) -> Path | None:
    """Everything stored about the selected (or a chosen) colleague, as an owner-only JSON file."""
    import json

    from desktop.exchange.publish.folder import write_atomically
    from desktop.ui.file_dialogs import report_store_error

    colleague = _chosen(window, translate("Privacy", "Export a colleague's data"))
    if colleague is None or colleague.id is None:
        return None
    suggested = Path.home() / f"{colleague.full_name or 'colleague'}.json"
    title = translate("Privacy", "Export {name}'s data").format(name=colleague.full_name)
    name, _ = QFileDialog.getSaveFileName(window, title, str(suggested), translate("Privacy", "JSON (*.json)"))
    if not name:
        return None
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
    try:
        data = privacy.export_person(window.workspace.register.db, colleague.id)
        write_atomically(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                         private=True)  # personal data: owner-only
    except StoreError as exc:
        report_store_error(window, exc.message)
        return None
    except OSError as exc:
        QMessageBox.warning(window, translate("Privacy", "Export a colleague's data"),
                            translate("Privacy", "{path} could not be written: {reason}").format(
                                path=path, reason=exc.strerror or exc))
        return None
    window.statusBar().showMessage(translate("Privacy", "Everything stored about {name} was written to {path}")
                                   .format(name=colleague.full_name, path=path), 10_000)
    return path


class PrivacyTexts(QObject):
    """The texts with counts (plurals go through tr(), which lupdate reads with their forms)."""

    def question(self, colleague: Colleague, going: Erasure) -> str:
        parts = [self.tr("%n recorded occasion(s)", "", going.records),
                 self.tr("%n plan(s) about them", "", going.plans), self.tr("%n leave period(s)", "", going.leave)]
        text = self.tr("Forget {name}? This erases them from the file for good, with {parts}.").format(
            name=colleague.full_name, parts=", ".join(parts))
        if going.organised:
            text += " " + self.tr("%n plan(s) they organise keep \"a former colleague\" in their place.", "",
                                  going.organised)
        return text + "\n\n" + self.tr("This cannot be undone: Edit › Undo will not bring them back. The backups "
                                       "beside the file still hold them until they are thinned (at most a year).")

    def erased(self, count: int) -> str:
        return self.tr("%n former colleague(s) erased: their time to be kept had passed (Edit › Former "
                       "colleagues…).", "", count)


def forget_colleague(window: MainWindow, colleague: Colleague | None = None,
                     parent: QWidget | None = None) -> bool:
    """Ask, showing what will go, then erase the selected (or a chosen) colleague in one transaction."""
    if colleague is None:
        colleague = _chosen(window, translate("Privacy", "Forget colleague"))
    if colleague is None or colleague.id is None:
        return False
    workspace = window.workspace
    try:
        going = privacy.erasure(workspace.register.db, colleague.id)
    except StoreError as exc:
        workspace.failed.emit(exc.message)
        return False
    answer = QMessageBox.question(parent or window, translate("Privacy", "Forget colleague"),
                                  PrivacyTexts().question(colleague, going),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if not workspace.attempt(lambda: privacy.forget(workspace.register.db, [colleague.id or 0])):
        return False
    _after_forgetting(workspace)
    window.statusBar().showMessage(translate("Privacy", "{name} was erased from the file.").format(
        name=colleague.full_name), 10_000)
    return True


def _after_forgetting(workspace: Workspace) -> None:
    workspace.undo_stack.clear()  # its steps may hold what was erased: undoing them would bring it back
    workspace.reload()


def erase_due_leavers(window: MainWindow) -> list[Scheduled]:
    """On opening a file: erase the leavers whose retention has passed (never one with an open plan)."""
    workspace = window.workspace
    gone: list[Scheduled] = []
    if not workspace.attempt(lambda: gone.extend(privacy.forget_due_leavers(workspace.register.db,
                                                                            window.clock.today()))):
        return []
    if gone:
        _after_forgetting(workspace)
        window.statusBar().showMessage(PrivacyTexts().erased(len(gone)), 15_000)
    return gone


class FormerColleaguesDialog(QDialog):
    """Who is erased when: every colleague with an end date, soonest first, with Erase now… for one of them."""

    def __init__(self, window: MainWindow, today: date):
        super().__init__(window)
        self.window_ = window
        self.today = today
        self.setWindowTitle(self.tr("Former colleagues"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Left on"), self.tr("To be erased on"),
                                              self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.erase_button = QPushButton(self.tr("&Erase now…"))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        db = self.window_.workspace.register.db
        months = privacy.retention_months(db)
        self.scheduled = privacy.leaver_schedule(db, self.today)
        if months <= 0:
            self.note.setText(self.tr("Leavers are never erased automatically "
                                      "(privacy.leaver_retention_months is 0)."))
        else:
            self.note.setText(self.tr("Leavers' data is erased %n month(s) after their last day, when the file is "
                                      "opened; never while a plan about them is still open "
                                      "(privacy.leaver_retention_months).", "", months))
        self.table.setRowCount(len(self.scheduled))
        for row, item in enumerate(self.scheduled):
            note = (self.tr("Waits: a plan about them is still open") if item.held
                    else self.tr("Due now") if item.due(self.today) else "")
            for column, value in enumerate((item.name, display_date(item.end_date), display_date(item.erase_on),
                                            note)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_button()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def erase_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.scheduled[rows[0].row()]
        colleague = self.window_.workspace.register.colleague(item.colleague_id)
        if forget_colleague(self.window_, colleague, parent=self):
            self.refresh()


def show_former_colleagues(window: MainWindow) -> None:
    dialog = FormerColleaguesDialog(window, window.clock.today())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
