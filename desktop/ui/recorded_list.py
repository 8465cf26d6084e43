"""Recorded occasions (births, weddings, get-well, condolence, other) in one list: add, edit and delete through
the undo stack, so Edit › Undo in the window takes any of them back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.dates import display_date
from desktop.models.labels import kind_name
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Kind
from desktop.ui.columns import fit_columns
from desktop.ui.record_commands import AddRecord, DeleteRecord, EditRecord
from desktop.ui.recorded_dialog import RecordedOccasionDialog, colleague_choices
from desktop.ui.recorded_model import EVERYONE, Column, RecordFilter, RecordTable, RecordTableModel
from desktop.ui.workspace import Workspace

ALL = 0  # the colleague filter's value for "All colleagues" (ids start at 1, EVERYONE is -1)


class RecordedOccasionsDialog(QDialog):
    """Every change is written at once and is undoable (also from the window after closing this list).

    Signals:
        records_changed(): recorded occasions were added, changed or deleted (or a change was undone).
    """

    records_changed = Signal()

    def __init__(self, workspace: Workspace, today: date, colleague_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.today = workspace, today
        self._load_colleagues()
        self._pinned = colleague_id  # stays in the colleague filter even before they have occasions
        self.setWindowTitle(self.tr("Recorded occasions") if colleague_id is None else
                            self.tr("Occasions of {name}").format(name=self.names.get(colleague_id, "?")))
        self.resize(820, 460)
        self.model = RecordTableModel(self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable()
        self.table.setModel(self.proxy)
        fit_columns(self.table, Column.DETAILS, Column.COLLEAGUE, Column.NOTES)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.who = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: name, kind, title, notes…"))
        self.search.setClearButtonEnabled(True)
        self.empty_hint = QLabel(self.tr("Nothing recorded yet. Use Add… to record a birth, a wedding, a get-well "
                                         "wish, a condolence, or an occasion for everyone such as the summer "
                                         "outing."))
        self.empty_hint.setWordWrap(True)
        self.count_label = QLabel()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        from desktop.ui.shortcuts import REDO, UNDO, unique  # key sequences need the QApplication first

        self.undo_action = workspace.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(unique(UNDO))
        self.redo_action = workspace.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(unique(REDO))
        self.addActions([self.undo_action, self.redo_action])
        self._lay_out()
        self._connect(workspace)
        self.refresh()
        if colleague_id is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(colleague_id)))

    @classmethod
    def run(cls, parent: QWidget | None, workspace: Workspace, today: date, colleague_id: int | None = None) -> None:
        """Show the list until closed (changes are saved as they are made)."""
        dialog = cls(workspace, today, colleague_id, parent)
        dialog.exec()
        dialog.deleteLater()

    # -- contents --------------------------------------------------------------------------------
    def _load_colleagues(self) -> None:
        self.colleagues = self.workspace.register.colleagues()
        self.choices = colleague_choices(self.colleagues, self.workspace.departments())
        self.names = {colleague.id: colleague.full_name for colleague in self.colleagues}

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_records(self.workspace.register.recorded_occasions(), self.names)
        self._fill_who()
        self._apply_filter()
        if selected is not None:
            self.select(selected.id)

    def selected(self) -> RecordedOccasion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select(self, record_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.model.record_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def shown_records(self) -> list[RecordedOccasion]:
        return [self.model.record_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                for row in range(self.proxy.rowCount())]

    # -- actions (tests call these directly) --------------------------------------------------
    def add_record(self, record: RecordedOccasion) -> bool:
        command = AddRecord(self.workspace, record, self.names.get(record.colleague_id, ""))
        done = self.workspace.push(command)
        if done:
            if self.proxy.colleague not in (None, command.record.colleague_id or EVERYONE):
                self.who.setCurrentIndex(0)  # show the new one even when it belongs to someone else
            self.select(command.record.id)
        return done

    def edit_selected(self, record: RecordedOccasion) -> bool:
        before = self.selected()
        if before is None or record == before:
            return False
        done = self.workspace.push(EditRecord(self.workspace, before, record))
        if done:
            self.select(record.id)
        return done

    def delete_selected(self) -> bool:
        record = self.selected()
        return record is not None and self.workspace.push(DeleteRecord(self.workspace, record))

    # -- asking --------------------------------------------------------------------------------
    def ask_add(self) -> None:
        colleague = self.proxy.colleague if self.proxy.colleague not in (None, EVERYONE) else None
        record = RecordedOccasionDialog.ask(self, None, self.colleagues, self.today, colleague,
                                            self.workspace.departments())
        if record is not None:
            self.add_record(record)

    def ask_edit(self) -> None:
        before = self.selected()
        if before is None:
            return
        record = RecordedOccasionDialog.ask(self, before, self.colleagues, self.today, before.colleague_id,
                                            self.workspace.departments())
        if record is not None:
            self.edit_selected(record)

    def ask_delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        what = record.title if record.kind == "custom" and record.title else text(kind_name(Kind(record.kind)))
        question = self.tr("Delete “{what}” of {who} on {date}? You can undo this with Undo.").format(
            what=what, who=self.model.who(record), date=display_date(record.date))
        answer = QMessageBox.question(self, self.tr("Delete occasion"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_selected()

    # -- building --------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        who_label = QLabel(self.tr("&Show:"))
        who_label.setBuddy(self.who)
        filters.addWidget(who_label)
        filters.addWidget(self.who, 1)
        filters.addWidget(self.search, 2)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        middle = QHBoxLayout()
        table_side = QVBoxLayout()
        table_side.addWidget(self.table, 1)
        table_side.addWidget(self.empty_hint)
        middle.addLayout(table_side, 1)
        middle.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for action in (self.undo_action, self.redo_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bottom.addWidget(button)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        header = self.table.horizontalHeader()
        for column, width in ((Column.DATE, 95), (Column.KIND, 120), (Column.COLLEAGUE, 190),
                              (Column.DETAILS, 160)):
            header.resizeSection(column, width)

    def _connect(self, workspace: Workspace) -> None:
        self.add_button.clicked.connect(self.ask_add)
        self.edit_button.clicked.connect(self.ask_edit)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.open_requested.connect(self.ask_edit)
        self.table.delete_requested.connect(self.ask_delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.who.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        # Every change made here, and every undo or redo, moves the stack; a failed write reloads.
        workspace.undo_stack.indexChanged.connect(self._changed)
        workspace.failed.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._load_colleagues()  # Undo here may also take back a colleague's deletion
        self.refresh()
        self.records_changed.emit()

    def _fill_who(self) -> None:
        """All, everyone, and the colleagues who have occasions (plus the one this list was opened for)."""
        current = self.who.currentData() if self.who.count() else self._pinned
        having = {record.colleague_id for record in self.model.records()} | {self._pinned}
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("All colleagues"), ALL)
        self.who.addItem(self.tr("Everyone (occasions for everyone)"), EVERYONE)
        for label, colleague_id in self.choices:
            if colleague_id in having:
                self.who.addItem(label, colleague_id)
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self.who.blockSignals(False)

    def _apply_filter(self) -> None:
        chosen = self.who.currentData()
        self.proxy.set_filter(None if chosen in (ALL, None) else chosen, self.search.text())
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("%n occasion(s)", "", total) if shown == total else
                                 self.tr("%n occasion(s), {shown} shown", "", total).format(shown=shown))
        self.empty_hint.setVisible(total == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
