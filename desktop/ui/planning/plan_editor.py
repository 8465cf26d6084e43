"""The plan of one occasion: the day, the organisers with their reasons, what, budget, status and costs."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.plans import PlanningItem, plan_book
from desktop.exchange.suggestions import Suggester
from desktop.i18n import text
from desktop.models.celebration import Celebration, Status
from desktop.models.dates import DateError, display_date, parse_date
from desktop.models.occasions import Occasion
from desktop.store.celebrations import Celebrations
from desktop.store.gift_policy_store import load_gift_rules
from desktop.store.repository import Register
from desktop.ui.calendar.style import short_date
from desktop.ui.form_fields import error_label, show_error, with_error
from desktop.ui.help_browser import add_help_button
from desktop.ui.workspace import Workspace

from .models import STALE_COLOUR, stale_explanation, stale_status
from .organiser_panel import OrganiserPanel
from .plan_commands import SaveCelebration
from .texts import long_date, status_name

MAX_EUR = 100_000


def money_box(special: str = "") -> QDoubleSpinBox:
    """Euros with cents; with `special`, the lowest value means "not known" and shows that text."""
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setPrefix("€ ")
    box.setRange(-1.0 if special else 0.0, MAX_EUR)
    box.setSingleStep(5.0)
    box.setAccelerated(True)
    if special:
        box.setSpecialValueText(special)
    return box


def suggester_for(register: Register, skip_id: int | None = None) -> Suggester:
    store = Celebrations(register.db)
    departments = {d.id: d.name for d in register.departments()}
    return Suggester(register.colleagues(), departments, store.leave(), store.all(), skip_id,
                     load_gift_rules(register.db))


class PlanEditor(QDialog):
    """OK saves (refused while a field shows a problem); `result_celebration` is the plan as the form shows it."""

    def __init__(self, item: PlanningItem, suggester: Suggester, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.suggester = suggester
        self.original = item.celebration
        self.result_celebration: Celebration | None = None
        gift = suggester.gift(item)
        self.gift = gift
        title = text(item.title)
        self.setWindowTitle(self.tr("Plan: {title}").format(title=title))
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        subtitle = QLabel(self.tr("Occasion on {day}").format(day=long_date(item.occasion_date)))
        self.stale_label = QLabel(f"<b>{html.escape(stale_status())}</b>: {html.escape(stale_explanation())}")
        self.stale_label.setTextFormat(Qt.TextFormat.RichText)
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(f"color: {STALE_COLOUR}")
        self.stale_label.setVisible(item.stale)
        self.day_edit = QLineEdit()
        self.day_edit.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.day_error = error_label()
        self.suggested_button = QPushButton(self.tr("Suggested day: {day}").format(day=short_date(item.suggested_day)))
        self.suggested_button.setAutoDefault(False)
        self.organisers = OrganiserPanel(suggester, item.colleague_id, item.day, gift.organisers, gift.effort)
        self.organisers_error = error_label()
        self.what_edit = QLineEdit()
        self.budget_box = money_box()
        self.status_box = QComboBox()
        for status in Status:
            self.status_box.addItem(status_name(status), status.value)
        self.cost_box = money_box(self.tr("not known yet"))
        self.cost_error = error_label()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "organisers")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        day_row = QHBoxLayout()
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.suggested_button)
        day_row.addStretch()
        day_box = QWidget()
        day_box.setLayout(day_row)
        form = QFormLayout()
        form.addRow(self.tr("Celebrated on"), with_error(day_box, self.day_error))
        form.addRow(self.tr("Organisers"), with_error(self.organisers, self.organisers_error))
        form.addRow(self.tr("What"), self.what_edit)
        form.addRow(self.tr("Budget"), self.budget_box)
        form.addRow(self.tr("Status"), self.status_box)
        form.addRow(self.tr("Actual cost"), with_error(self.cost_box, self.cost_error))
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addWidget(self.stale_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self._fill()
        self.day_edit.textChanged.connect(self._day_changed)
        self.suggested_button.clicked.connect(lambda: self.day_edit.setText(display_date(item.suggested_day)))
        self.organisers.changed.connect(self._refresh)
        self.cost_box.valueChanged.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(820, 580)
        self.day_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, register: Register, item: PlanningItem) -> Celebration | None:
        """The plan as edited (not stored yet), or None when cancelled."""
        suggester = suggester_for(register, item.celebration.id if item.celebration else None)
        dialog = cls(item, suggester, parent)
        return dialog.result_celebration if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- reading and checking -------------------------------------------------------------------
    def read(self) -> tuple[Celebration, dict[str, str]]:
        problems: dict[str, str] = {}
        day = self.item.day
        try:
            day = parse_date(self.day_edit.text())
        except DateError as exc:
            problems["day"] = text(exc.message)
        organisers = self.organisers.organisers()
        if self.item.colleague_id is not None and any(o.colleague_id == self.item.colleague_id for o in organisers):
            problems["organisers"] = self.tr("The celebrant cannot organise their own celebration")
        cost = self.cost_box.value()
        actual = None if cost == self.cost_box.minimum() else round(cost * 100)
        if actual is not None and actual < 0:
            problems["cost"] = self.tr("The cost cannot be negative")
        budget = round(self.budget_box.value() * 100)
        base = self.original
        celebration = Celebration(
            base.id if base else None, self.item.key, self.item.kind, self.item.colleague_id, self.item.occasion_date,
            day, self.what_edit.text().strip(), base.idea if base else self.gift.idea, max(0, budget),
            Status(self.status_box.currentData()), actual, self.notes_edit.toPlainText().strip(),
            base.effort if base else self.gift.effort, organisers)
        return celebration, problems

    def accept(self) -> None:
        celebration, problems = self._refresh()
        if problems:
            return
        self.result_celebration = celebration
        super().accept()

    # -- inside --------------------------------------------------------------------------------
    def _fill(self) -> None:
        base, item = self.original, self.item
        self.day_edit.setText(display_date(item.day))
        if base is None:
            self.organisers.use_suggestion()
            self.what_edit.setText(text(self.gift.what))
            self.budget_box.setValue(self.gift.budget_cents / 100)
            self.status_box.setCurrentIndex(self.status_box.findData(Status.PLANNED.value))
            self.cost_box.setValue(self.cost_box.minimum())
            return
        self.organisers.set_choices(self.suggester.explain(base.organisers, item.colleague_id, base.celebration_date))
        self.what_edit.setText(base.what)
        self.budget_box.setValue(base.budget_cents / 100)
        self.status_box.setCurrentIndex(self.status_box.findData(base.status.value))
        self.cost_box.setValue(self.cost_box.minimum() if base.actual_cost_cents is None
                               else base.actual_cost_cents / 100)
        self.notes_edit.setPlainText(base.notes)

    def _day_changed(self) -> None:
        try:
            self.organisers.set_day(parse_date(self.day_edit.text()))
        except DateError:
            pass
        self._refresh()

    def _refresh(self) -> tuple[Celebration, dict[str, str]]:
        celebration, problems = self.read()
        show_error(self.day_error, problems.get("day", ""))
        show_error(self.organisers_error, problems.get("organisers", ""))
        show_error(self.cost_error, problems.get("cost", ""))
        return celebration, problems


def edit_plan(parent: QWidget | None, workspace: Workspace, item: PlanningItem) -> Celebration | None:
    """Open the editor for `item` and store the result as one undoable step; the stored plan, or None."""
    edited = PlanEditor.ask(parent, workspace.register, item)
    if edited is None or edited == item.celebration:
        return None
    command = SaveCelebration(workspace, item.celebration, edited, text(item.title))
    return command.saved if workspace.push(command) else None



def plan_occasion(parent: QWidget | None, workspace: Workspace, occasion: Occasion) -> Celebration | None:
    """The plan editor for one occasion (the home view's Plan…): its stored plan, else a new one."""
    book = plan_book(workspace.register, occasion.date, occasion.date)
    item = next((i for i in book.items if i.key == occasion.key and i.occasion_date == occasion.date), None)
    return edit_plan(parent, workspace, item) if item is not None else None
