"""Choose one colleague by typing part of a name or department."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.colleague import Colleague, fold, name_sort_key

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NOTE_COLOUR = QColor("#6b6f76")


class ColleaguePicker(QDialog):
    """A searchable list; `notes` (by id) are shown after a name, e.g. "on leave that day"."""

    def __init__(self, colleagues: Iterable[Colleague], department_names: dict[int, str],
                 notes: dict[int, str] | None = None, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a colleague"))
        self.chosen_id: int | None = None
        notes = notes or {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name or department"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        for colleague in sorted(colleagues, key=name_sort_key):
            department = department_names.get(colleague.department_id or -1, "")
            label = f"{colleague.full_name} — {department}" if department else colleague.full_name
            note = notes.get(colleague.id, "")
            item = QListWidgetItem(f"{label}  ({note})" if note else label)
            item.setData(_ID_ROLE, colleague.id)
            item.setData(Qt.ItemDataRole.UserRole, fold(f"{colleague.full_name} {department} {colleague.email}"))
            if note:
                item.setForeground(_NOTE_COLOUR)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("Nobody matches."))
        self.empty.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 480)
        self.filter("")

    @classmethod
    def ask(cls, parent: QWidget | None, colleagues: Iterable[Colleague], department_names: dict[int, str],
            notes: dict[int, str] | None = None, title: str = "") -> int | None:
        dialog = cls(colleagues, department_names, notes, title, parent)
        return dialog.chosen_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def filter(self, typed: str) -> None:
        words = fold(typed).split()
        first_shown = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.data(Qt.ItemDataRole.UserRole) for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        self.empty.setVisible(first_shown is None)
        if first_shown is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first_shown)

    def keyPressEvent(self, event) -> None:
        # Up and down move through the list while typing in the search field.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.search.hasFocus():
            self.list.setFocus()
            self.list.keyPressEvent(event)
            self.search.setFocus()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        self.chosen_id = item.data(_ID_ROLE)
        super().accept()
