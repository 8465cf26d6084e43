"""The organisers of one plan, each with the reasons in plain words, and the ways to change them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.suggestions import NOT_AVAILABLE, Suggester
from desktop.models.celebration import Organiser
from desktop.models.organisers import Choice

from .colleague_picker import ColleaguePicker
from .texts import reasons_text, role_name


class OrganiserPanel(QWidget):
    """A list of Choices. "Next best" replaces the selected organiser and keeps the others; whoever the
    manager turned down (next best or remove) is not suggested again while the editor is open.

    Signals:
        changed(): the organisers changed.
    """

    changed = Signal()

    def __init__(self, suggester: Suggester, celebrant_id: int | None, day: date, count: int, effort: float,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.suggester = suggester
        self.celebrant_id = celebrant_id
        self.day = day
        self.count = max(1, count)
        self.effort = effort
        self.choices: list[Choice] = []
        self.rejected: set[int] = set()
        # Two lines per organiser: who, then why; reasons are the point, so they are never cut off.
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setMinimumHeight(120)
        self.suggest_button = QPushButton(self.tr("Use &suggestion"))
        self.suggest_button.setToolTip(self.tr("Replace the organisers with the suggested ones"))
        self.next_button = QPushButton(self.tr("&Next best"))
        self.next_button.setToolTip(self.tr("Ask someone else instead of the selected organiser; "
                                            "the others stay"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setToolTip(self.tr("Add an organiser of your own choice"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.empty = QLabel(self.tr("No organisers yet: use the suggestion or choose someone."))
        self.empty.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.suggest_button, self.next_button, self.choose_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self.suggest_button.clicked.connect(self.use_suggestion)
        self.next_button.clicked.connect(lambda: self.next_best())
        self.choose_button.clicked.connect(lambda: self.choose_by_hand())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

    # -- API -------------------------------------------------------------------------------
    def set_choices(self, choices: list[Choice]) -> None:
        self.choices = list(choices)
        self._show(0)

    def organisers(self) -> tuple[Organiser, ...]:
        return tuple(Organiser(c.colleague_id, c.role) for c in self.choices)

    def set_day(self, day: date) -> None:
        """Another celebration day: the same organisers, their reasons and availability for that day."""
        if day == self.day:
            return
        self.day = day
        row = self.selected_row()
        self.choices = self.suggester.explain(self.organisers(), self.celebrant_id, day)
        self._show(row)

    def use_suggestion(self) -> None:
        self.choices = self.suggester.suggest(self.celebrant_id, self.day, self.count, self.effort,
                                              exclude=self.rejected)
        self._show(0)

    def selected_row(self) -> int:
        return self.list.currentRow()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def next_best(self, row: int | None = None) -> bool:
        """Replace the organiser in `row` (default: the selected one) by the next best; False when there is
        nobody else."""
        row = self.selected_row() if row is None else row
        if not 0 <= row < len(self.choices):
            return False
        self.rejected.add(self.choices[row].colleague_id)
        choice = self.suggester.next_best(self.celebrant_id, self.day, self.choices, row, self.rejected,
                                          self.effort)
        if choice is None:
            self.empty.setText(self.tr("Nobody else is available that day."))
            self.empty.setVisible(True)
            return False
        self.choices[row] = choice
        self._show(row)
        return True

    def choose_by_hand(self, colleague_id: int | None = None) -> bool:
        if colleague_id is None:
            colleague_id = self._pick()
        if colleague_id is None or colleague_id == self.celebrant_id:
            return False
        if any(c.colleague_id == colleague_id for c in self.choices):
            return False
        self.rejected.discard(colleague_id)
        manual = self.suggester.explain([Organiser(colleague_id, "manual")], self.celebrant_id, self.day)
        self.choices.extend(manual)
        self._show(len(self.choices) - 1)
        return True

    def remove(self, row: int | None = None) -> None:
        row = self.selected_row() if row is None else row
        if 0 <= row < len(self.choices):
            self.rejected.add(self.choices.pop(row).colleague_id)
            self._show(min(row, len(self.choices) - 1))

    # -- inside --------------------------------------------------------------------------------
    def _pick(self) -> int | None:
        org = self.suggester.org
        taken = {c.colleague_id for c in self.choices} | {self.celebrant_id}
        people = [c for cid, c in org.colleagues.items() if cid not in taken and c.employed_on(self.day)]
        unavailable = self.tr("not available that day")
        notes = {c.id: unavailable for c in people if not self.suggester.available(c, self.day, self.celebrant_id)}
        return ColleaguePicker.ask(self, people, org.department_names, notes, self.tr("Choose an organiser"))

    def _show(self, select: int = -1) -> None:
        self.list.clear()
        org = self.suggester.org
        for choice in self.choices:
            colleague = org.colleagues.get(choice.colleague_id)
            name = colleague.full_name if colleague else str(choice.colleague_id)
            department = org.department_names.get(colleague.department_id or -1, "") if colleague else ""
            who = f"{name} — {department}" if department else name
            item = QListWidgetItem(f"{who}\n    {reasons_text(choice.reasons)}")
            item.setToolTip(role_name(choice.role))
            if any(reason.source == NOT_AVAILABLE for reason in choice.reasons):
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self.empty.setText(self.tr("No organisers yet: use the suggestion or choose someone."))
        self.empty.setVisible(not self.choices)
        if 0 <= select < len(self.choices):
            self.select(select)
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_selection = 0 <= self.selected_row() < len(self.choices)
        self.next_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection)
