"""The same colleague or plan changed here and by another member: both versions side by side, field by field,
and the member chooses per field which to keep. Nothing is lost while the question waits (both versions are in
the file); the choice is stored here and goes to the server in the next round."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import sync_state
from desktop.store.database import Database
from desktop.store.repository import Register
from desktop.ui.field_labels import field_labels


class _Label(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class Choice(QWidget):
    """One version of a field: a radio button and its value, wrapped at word ends (a long note stays whole)."""

    def __init__(self, text: str):
        super().__init__()
        self.button = QRadioButton()
        self.label = _Label(text)
        self.label.setWordWrap(True)
        self.label.clicked.connect(self.button.click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()

    def click(self) -> None:
        self.button.click()


class ConflictDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro = QLabel(self.tr("Another member changed these while you did too. Both versions are kept until "
                                    "you choose, field by field, what to keep."))
        self.intro.setWordWrap(True)
        self.choice = QComboBox()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In this file"), self.tr("On the server")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.groups: list[tuple[str, QButtonGroup]] = []
        self.mine_button = QPushButton(self.tr("All &mine"))
        self.theirs_button = QPushButton(self.tr("All &theirs"))
        self.mine_button.clicked.connect(lambda: self._all(0))
        self.theirs_button.clicked.connect(lambda: self._all(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_button = buttons.addButton(self.tr("&Keep the chosen values"), QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(self.keep)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choice)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._show)
        self.resize(760, 460)
        self._names = self._people()
        self._load()

    def _people(self) -> dict[str, str]:
        """Colleague UID → name, for plans' celebrants and organisers."""
        people = {c.id: c.full_name for c in Register(self.db).colleagues()}
        return {o.uid: people.get(o.local_id, o.uid) for o in sync_state.objects(self.db, sync_state.ADDRESSBOOK)
                if o.local_id is not None}

    def _load(self) -> None:
        self.conflicts = sync_state.conflicts(self.db)
        self.choice.blockSignals(True)
        self.choice.clear()
        for conflict in self.conflicts:
            self.choice.addItem(self._title(conflict.collection, conflict.local))
        self.choice.blockSignals(False)
        self._show(0)

    def _title(self, collection: str, fields: dict[str, Any]) -> str:
        if collection == sync_state.ADDRESSBOOK:
            name = " ".join(p for p in (fields.get("first_name"), fields.get("prefix"), fields.get("last_name")) if p)
            return self.tr("Colleague: {name}").format(name=name)
        if collection == sync_state.POLICIES:
            return self.tr("The policies")
        if collection == sync_state.LEAVE:
            who = self._names.get(fields.get("colleague", ""), "")
            return self.tr("Leave: {who} {date}").format(who=who, date=fields.get("start", "")).strip()
        if collection == sync_state.RECORDS:
            who = self._names.get(fields.get("colleague", ""), "")
            return self.tr("Occasion: {who} {date}").format(who=who, date=fields.get("date", "")).strip()
        who = self._names.get(fields.get("celebrant", ""), "")
        return self.tr("Plan: {who} {date}").format(who=who, date=fields.get("occasion_date", "")).strip()

    def _show(self, index: int) -> None:
        self.table.setRowCount(0)
        self.groups = []
        has = 0 <= index < len(self.conflicts)
        self.keep_button.setEnabled(has)
        if not has:
            return
        conflict = self.conflicts[index]
        labels = self._labels()
        order = {key: index for index, key in enumerate(labels)}  # the colleague form's order
        differs = sorted((k for k in conflict.local if conflict.local.get(k) != conflict.remote.get(k)),
                         key=lambda k: (order.get(k, len(order)), k))
        self.table.setRowCount(len(differs))
        for row, key in enumerate(differs):
            self.table.setItem(row, 0, QTableWidgetItem(labels.get(key, key)))
            group = QButtonGroup(self)
            for column, value in ((1, conflict.local.get(key)), (2, conflict.remote.get(key))):
                choice = Choice(self._value(key, value))
                choice.button.setChecked(column == 1)  # this file's version until chosen otherwise
                group.addButton(choice.button, column - 1)
                self.table.setCellWidget(row, column, choice)
            self.groups.append((key, group))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as high as its longer value wraps in the columns' width now."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            heights = [self.table.rowHeight(row)]
            for column in (1, 2):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    heights.append(widget.heightForWidth(self.table.columnWidth(column)))
            self.table.setRowHeight(row, max(heights))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _labels(self) -> dict[str, str]:
        labels = field_labels()
        labels["department"] = labels.pop("department_id")
        labels.update({"what": self.tr("What"), "idea": self.tr("Idea"), "celebration_date": self.tr("Celebrated on"),
                       "status": self.tr("Status"), "budget_cents": self.tr("Budget"),
                       "actual_cost_cents": self.tr("Actual cost"), "organisers": self.tr("Organisers"),
                       "effort": self.tr("Effort"), "repeat": self.tr("Repeats"), "until": self.tr("Until"),
                       "former_organisers": self.tr("Former organisers"), "record_year": self.tr("Year")})
        return labels

    def _value(self, key: str, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if key == "organisers":
            return ", ".join(self._names.get(uid, uid) for uid, _ in value or []) or "—"
        if key in ("budget_cents", "actual_cost_cents"):
            from desktop.i18n import money_text

            return "—" if value is None else money_text(value)
        if key == "language":  # as the colleague form names them: each language in its own words
            return {"": self.tr("The app's language"), "nl": "Nederlands", "en": "English"}.get(value, str(value))
        return str(value) if value not in (None, "") else "—"

    def _all(self, side: int) -> None:
        for _, group in self.groups:
            group.button(side).setChecked(True)

    def chosen(self) -> dict[str, Any]:
        conflict = self.conflicts[self.choice.currentIndex()]
        fields = dict(conflict.local)
        for key, group in self.groups:
            if group.checkedId() == 1:
                fields[key] = conflict.remote.get(key)
        return fields

    def keep(self) -> None:
        from desktop.exchange.sync.engine import resolve

        conflict = self.conflicts[self.choice.currentIndex()]
        resolve(self.db, conflict.collection, conflict.uid, self.chosen())
        self._load()
        if not self.conflicts:
            self.accept()
