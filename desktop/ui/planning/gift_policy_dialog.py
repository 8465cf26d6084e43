"""Settings › Gift and gathering policy: per occasion (and milestone) what to do, the budget, how many
organisers, how long before to start planning, and how much effort a turn counts for in the fair rotation.

Ideas are alternatives separated by " | ": a colleague never gets the same idea as at their previous
celebration. Default ideas are translation sources, shown translated and stored as the source while unchanged.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, Idea
from desktop.models.labels import kind_name
from desktop.models.occasions import Kind
from desktop.store.errors import StoreError
from desktop.store.gift_policy_store import load_gift_rules, save_gift_rules
from desktop.ui.form_fields import error_label, show_error
from desktop.ui.workspace import StoreCommand, Workspace

SEPARATOR = " | "
_DEFAULT_SOURCES = tuple(idea.text for rule in DEFAULT_RULES for idea in rule.ideas)
KIND, MILESTONE, VALUE, IDEAS, FOOD, GIFT, BUDGET, ORGANISERS, LEAD, EFFORT = range(10)


def idea_shown(source: str) -> str:
    return QCoreApplication.translate("GiftPolicy", source)


def idea_to_store(shown: str) -> str:
    """The source of a default idea while it reads as its translation, else the manager's own words."""
    shown = shown.strip()
    return next((source for source in _DEFAULT_SOURCES if shown == idea_shown(source)), shown)


def parse_value(typed: str) -> Fraction | None:
    """"" → any; "50", "12,5" or "12.5" → that age or number of years. ValueError when it is not a number."""
    typed = typed.strip().replace(",", ".")
    if not typed:
        return None
    value = Fraction(typed)
    if value <= 0 or value.denominator not in (1, 2):
        raise ValueError(typed)
    return value


class GiftPolicyDialog(QDialog):
    def __init__(self, rules: tuple[GiftRule, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.result_rules: tuple[GiftRule, ...] | None = None
        self.setWindowTitle(self.tr("Gift and gathering policy"))
        intro = QLabel(self.tr("What each occasion gets. Separate alternative ideas with “|”: a colleague never "
                               "gets the same idea twice in a row. Effort weighs an organiser's turn in the fair "
                               "rotation. A row with an age or number of years wins over a general one."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels([
            self.tr("Occasion"), self.tr("Milestone"), self.tr("Age or years"), self.tr("Ideas"), self.tr("Food"),
            self.tr("Gift"), self.tr("Budget (€)"), self.tr("Organisers"), self.tr("Lead days"), self.tr("Effort")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IDEAS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.error = error_label()
        add, remove, defaults = (QPushButton(self.tr("&Add row")), QPushButton(self.tr("&Remove row")),
                                 QPushButton(self.tr("Restore &defaults")))
        add.clicked.connect(lambda: self.add_rule(None))
        remove.clicked.connect(self.remove_current_row)
        defaults.clicked.connect(lambda: self.fill(DEFAULT_RULES))
        row_buttons = QHBoxLayout()
        for button in (add, remove, defaults):
            button.setAutoDefault(False)
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1160, 560)
        self.fill(rules)

    @classmethod
    def ask(cls, parent: QWidget | None, rules: tuple[GiftRule, ...]) -> tuple[GiftRule, ...] | None:
        dialog = cls(rules, parent)
        try:
            return dialog.result_rules if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # -- rows ---------------------------------------------------------------------------------
    def fill(self, rules: tuple[GiftRule, ...]) -> None:
        self.table.setRowCount(0)
        for rule in rules:
            self.add_rule(rule)
        show_error(self.error, "")

    def add_rule(self, rule: GiftRule | None) -> None:
        rule = rule or GiftRule(Kind.CUSTOM, None, None, (Idea(""),), budget_cents=0, organisers=1, lead_days=14,
                                effort=1.0)
        row = self.table.rowCount()
        self.table.insertRow(row)
        kinds = QComboBox()
        for kind in Kind:
            kinds.addItem(text(kind_name(kind)), kind.value)  # Qt gives a StrEnum back as a plain str
        kinds.setCurrentIndex(list(Kind).index(rule.kind))
        milestone = QComboBox()
        for label, value in ((self.tr("either"), None), (self.tr("plain"), False), (self.tr("milestone"), True)):
            milestone.addItem(label, value)
        milestone.setCurrentIndex([None, False, True].index(rule.milestone))
        value = QLineEdit("" if rule.value is None else _number(rule.value))
        value.setPlaceholderText(self.tr("any"))
        ideas = QLineEdit(SEPARATOR.join(idea_shown(idea.text) for idea in rule.ideas))
        ideas.setCursorPosition(0)  # show the start of a long idea, not its end
        food = QCheckBox()
        food.setChecked(any(idea.food for idea in rule.ideas))
        gift = QCheckBox()
        gift.setChecked(any(idea.gift for idea in rule.ideas))
        widgets = [kinds, milestone, value, ideas, food, gift, _euros(rule.budget_cents),
                   _spin(1, 6, rule.organisers), _spin(0, 365, rule.lead_days), _effort(rule.effort)]
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(row, column, widget)

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    # -- reading ------------------------------------------------------------------------------
    def read(self) -> tuple[GiftRule, ...]:
        """The table as rules; raises ValueError with the message to show."""
        rules, seen = [], set()
        for row in range(self.table.rowCount()):
            cell = [self.table.cellWidget(row, column) for column in range(self.table.columnCount())]
            kind, milestone = Kind(cell[KIND].currentData()), cell[MILESTONE].currentData()
            try:
                value = parse_value(cell[VALUE].text())
            except (ValueError, ZeroDivisionError):
                raise ValueError(self.tr("Row {row}: “{value}” is not an age or a number of years such as 25 or "
                                         "12.5").format(row=row + 1, value=cell[VALUE].text())) from None
            texts = [idea_to_store(part) for part in cell[IDEAS].text().split("|") if part.strip()]
            if not texts:
                raise ValueError(self.tr("Row {row}: write at least one idea").format(row=row + 1))
            if (kind, milestone, value) in seen:
                raise ValueError(self.tr("Row {row}: the same occasion is in the table twice").format(row=row + 1))
            seen.add((kind, milestone, value))
            ideas = tuple(Idea(t, cell[FOOD].isChecked(), cell[GIFT].isChecked()) for t in texts)
            rules.append(GiftRule(kind, milestone, value, ideas, budget_cents=round(cell[BUDGET].value() * 100),
                                  organisers=cell[ORGANISERS].value(), lead_days=cell[LEAD].value(),
                                  effort=cell[EFFORT].value()))
        return tuple(rules)

    def accept(self) -> None:
        try:
            self.result_rules = self.read()
        except ValueError as exc:
            show_error(self.error, str(exc))
            return
        super().accept()


class SaveGiftPolicy(StoreCommand):
    """Store a changed gift and gathering policy; undo stores the previous one. Both make the views recompute."""

    def __init__(self, workspace: Workspace, before: tuple[GiftRule, ...], after: tuple[GiftRule, ...]):
        super().__init__(workspace, QCoreApplication.translate("GiftPolicyDialog",
                                                               "Change the gift and gathering policy"))
        self.before, self.after = before, after

    def apply(self) -> None:
        save_gift_rules(self.workspace.register.db, self.after)
        self.workspace.policy_written()

    def revert(self) -> None:
        save_gift_rules(self.workspace.register.db, self.before)
        self.workspace.policy_written()


def edit_gift_policy(parent: QWidget | None, workspace: Workspace) -> bool:
    """Ask for a changed policy and store it as one undoable step; True when a change was saved (the views
    then recompute; a failed save is reported through the workspace, which reloads)."""
    try:
        before = load_gift_rules(workspace.register.db)
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("GiftPolicyDialog", "Gift and gathering policy"),
                            text(exc.message))
        return False
    rules = GiftPolicyDialog.ask(parent, before)
    if rules is None or rules == before:
        return False
    return workspace.push(SaveGiftPolicy(workspace, before, rules))


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else QLocale().toString(float(value), "f", 1)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _euros(cents: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 10_000)
    box.setDecimals(2)
    box.setValue(cents / 100)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _effort(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.5, 10)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setValue(value)
    return box
