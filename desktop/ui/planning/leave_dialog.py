"""One colleague's leave: date ranges in which they are not asked to organise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.colleague import Colleague
from desktop.models.dates import DateError, display_date, parse_date
from desktop.models.organisers import Leave
from desktop.store.celebrations import Celebrations
from desktop.ui.form_fields import error_label, show_error, with_error
from desktop.ui.workspace import Workspace

from .plan_commands import SetLeave

_PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1


class LeaveDialog(QDialog):
    """Add periods with From and To (DD-MM-YYYY), remove the selected one; OK keeps the list."""

    def __init__(self, colleague: Colleague, periods: list[Leave], parent: QWidget | None = None):
        super().__init__(parent)
        self.colleague = colleague
        self.setWindowTitle(self.tr("Leave of {name}").format(name=colleague.full_name))
        intro = QLabel(self.tr("{name} is not suggested as an organiser on these days.")
                       .format(name=colleague.first_name or colleague.full_name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.empty = QLabel(self.tr("No leave recorded."))
        self.start_edit, self.end_edit = QLineEdit(), QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.end_edit.setPlaceholderText(self.tr("same day"))
        self.start_error, self.end_error = error_label(), error_label()
        self.add_button = QPushButton(self.tr("&Add period"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("From")), 0, 0)
        form.addWidget(QLabel(self.tr("To")), 0, 1)
        form.addWidget(with_error(self.start_edit, self.start_error), 1, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(with_error(self.end_edit, self.end_error), 1, 1, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.add_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for period in sorted(periods, key=lambda p: (p.start, p.end)):
            self._add_item(period)
        self.add_button.clicked.connect(self.add_period)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(440, 380)
        self._update()

    @classmethod
    def ask(cls, parent: QWidget | None, colleague: Colleague, periods: list[Leave]) -> list[Leave] | None:
        dialog = cls(colleague, periods, parent)
        return dialog.periods() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def periods(self) -> list[Leave]:
        return [self.list.item(row).data(_PERIOD_ROLE) for row in range(self.list.count())]

    def add_period(self) -> bool:
        """Add the typed period; a problem is shown under its field and nothing is added."""
        start, start_problem = self._parse(self.start_edit)
        end, end_problem = self._parse(self.end_edit)
        if start is None and not start_problem:
            start_problem = self.tr("Type the first day of leave")
        end = end or start
        if start is not None and end is not None and end < start:
            end_problem = self.tr("The end lies before the start")
        show_error(self.start_error, start_problem)
        show_error(self.end_error, end_problem)
        if start_problem or end_problem or start is None or end is None:
            return False
        self._add_item(Leave(self.colleague.id, start, end))
        self._sort()
        self.start_edit.clear()
        self.end_edit.clear()
        self.start_edit.setFocus()
        self._update()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update()

    def accept(self) -> None:
        # Typed but not added yet: add it, as the manager clearly meant it.
        if self.start_edit.text().strip() and not self.add_period():
            return
        super().accept()

    @staticmethod
    def _parse(edit: QLineEdit) -> tuple[date | None, str]:
        typed = edit.text().strip()
        if not typed:
            return None, ""
        try:
            return parse_date(typed), ""
        except DateError as exc:
            return None, text(exc.message)

    def _add_item(self, period: Leave) -> None:
        if period.start == period.end:
            label = display_date(period.start)
        else:
            label = self.tr("{start} to {end}").format(start=display_date(period.start), end=display_date(period.end))
        days = (period.end - period.start).days + 1
        counted = self.tr("%n day(s)", "", days)
        item = QListWidgetItem(f"{label}   ({counted})")
        item.setData(_PERIOD_ROLE, period)
        self.list.addItem(item)

    def _sort(self) -> None:
        periods = sorted(self.periods(), key=lambda p: (p.start, p.end))
        self.list.clear()
        for period in periods:
            self._add_item(period)

    def _update(self) -> None:
        self.empty.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)


def edit_leave(parent: QWidget | None, workspace: Workspace, colleague: Colleague) -> bool:
    """Ask for the colleague's leave and store it as one undoable step; True when something changed."""
    store = Celebrations(workspace.register.db)
    before = store.leave(colleague.id)
    after = LeaveDialog.ask(parent, colleague, before)
    if after is None or sorted(after, key=lambda p: (p.start, p.end)) == before:
        return False
    return workspace.push(SetLeave(workspace, colleague, before, after))
