"""One rule of the gift and gathering policy as a form: the occasion it is for, the alternative ideas as a list,
what food and gift mean for them, the budget, how many organisers, how long before, and how heavy a turn counts.

The form edits a `RuleDraft` (what the person typed, checked by the dialog on OK) and says `changed` after every
edit, so the overview beside it follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule
from desktop.models.labels import kind_name
from desktop.models.occasions import Kind

_DEFAULT_SOURCES = tuple(idea.text for rule in DEFAULT_RULES for idea in rule.ideas)
MILESTONES: tuple[bool | None, ...] = (None, False, True)


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


def number_text(value: Fraction | float) -> str:
    """50 → "50", 12.5 → "12.5" (or "12,5" in Dutch)."""
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else QLocale().toString(float(value), "f", 1)


@dataclass
class RuleDraft:
    """A rule as the form shows it: ideas as shown (translated), the age or years as typed, euros."""

    kind: Kind
    milestone: bool | None
    value: str
    ideas: list[str] = field(default_factory=list)
    food: bool = False
    gift: bool = False
    budget: float = 0.0
    organisers: int = 1
    lead_days: int = 14
    effort: float = 1.0

    @classmethod
    def of(cls, rule: GiftRule) -> RuleDraft:
        return cls(rule.kind, rule.milestone, "" if rule.value is None else number_text(rule.value),
                   [idea_shown(idea.text) for idea in rule.ideas], any(idea.food for idea in rule.ideas),
                   any(idea.gift for idea in rule.ideas), rule.budget_cents / 100, rule.organisers, rule.lead_days,
                   rule.effort)

    @classmethod
    def new(cls) -> RuleDraft:
        return cls(Kind.CUSTOM, None, "", [], food=False, gift=False, budget=0.0, organisers=1, lead_days=14,
                   effort=1.0)


class GiftRuleForm(QWidget):
    """The form for one rule. `show_draft` fills it; every edit writes into that draft and emits `changed`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft: RuleDraft | None = None
        self._filling = False
        self.kind_box = QComboBox()
        for kind in Kind:
            self.kind_box.addItem(text(kind_name(kind)), kind.value)  # Qt gives a StrEnum back as a plain str
        self.milestone_box = QComboBox()
        for label, _ in zip((self.tr("milestone or not"), self.tr("only when not a milestone"),
                             self.tr("only a milestone")), MILESTONES, strict=True):
            self.milestone_box.addItem(label)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("any"))
        self.value_edit.setToolTip(self.tr("An age (50) or a number of years of service (12.5): a rule with one "
                                           "wins over a general rule of the same occasion."))
        self.ideas = QListWidget()
        self.ideas.setMinimumHeight(72)
        self.ideas.setMaximumHeight(120)  # a few alternatives; more scroll
        self.ideas.setWordWrap(True)
        self.idea_edit = QLineEdit()
        self.idea_edit.setPlaceholderText(self.tr("the words of the idea chosen above"))
        self.add_idea_button = QPushButton(self.tr("Add ide&a"))
        self.remove_idea_button = QPushButton(self.tr("Remo&ve idea"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        ideas_help = self._note(self.tr("One idea per line; choose one to change its words below the list. The "
                                        "first is suggested; a colleague who had it last time gets the next one."))
        self.food_check = QCheckBox(self.tr("&Food or drink"))
        food_help = self._note(self.tr("The ideas are a treat or a meal: the suggested plan adds the celebrant's "
                                       "dietary needs, such as “make the treat vegetarian”."))
        self.gift_check = QCheckBox(self.tr("&Gift"))
        gift_help = self._note(self.tr("The ideas include something to choose: the suggested plan adds what the "
                                       "celebrant likes, as written on their card."))
        self.budget_box = QDoubleSpinBox()
        self.budget_box.setRange(0, 10_000)
        self.budget_box.setDecimals(2)
        self.budget_box.setPrefix("€ ")
        self.organisers_box = QSpinBox()
        self.organisers_box.setRange(1, 6)
        self.lead_box = QSpinBox()
        self.lead_box.setRange(0, 365)
        self.lead_help = self._note("")
        self.effort_box = QDoubleSpinBox()
        self.effort_box.setRange(0.5, 10)
        self.effort_box.setSingleStep(0.5)
        self.effort_box.setDecimals(1)
        self.effort_help = self._note("")
        for box in (self.budget_box, self.organisers_box, self.lead_box, self.effort_box):
            box.setAlignment(Qt.AlignmentFlag.AlignRight)

        idea_buttons = QGridLayout()
        for index, button in enumerate((self.add_idea_button, self.remove_idea_button, self.up_button,
                                        self.down_button)):
            button.setAutoDefault(False)
            idea_buttons.addWidget(button, index // 2, index % 2)
        ideas_box = QVBoxLayout()
        ideas_box.addWidget(self.ideas)
        ideas_box.addLayout(idea_buttons)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the overview keeps the width
        form.addRow(self._label(self.tr("Occa&sion"), self.kind_box), self.kind_box)
        form.addRow(self._label(self.tr("&Milestone"), self.milestone_box), self.milestone_box)
        form.addRow(self._label(self.tr("Age or &years"), self.value_edit), self.value_edit)
        ideas_label = self._label(self.tr("Alternative &ideas"), self.ideas)
        form.addRow(ideas_label, ideas_box)
        form.addRow(self._label(self.tr("Te&xt of the chosen idea"), self.idea_edit), self.idea_edit)
        form.addRow("", ideas_help)
        form.addRow(self.tr("Ideas are"), self.food_check)
        form.addRow("", food_help)
        form.addRow("", self.gift_check)
        form.addRow("", gift_help)
        form.addRow(self._label(self.tr("&Budget"), self.budget_box), self.budget_box)
        form.addRow(self._label(self.tr("&Number of organisers"), self.organisers_box), self.organisers_box)
        form.addRow(self._label(self.tr("&Lead time in days"), self.lead_box), self.lead_box)
        form.addRow("", self.lead_help)
        form.addRow(self._label(self.tr("&Effort"), self.effort_box), self.effort_box)
        form.addRow("", self.effort_help)

        self.kind_box.currentIndexChanged.connect(self._edited)
        self.milestone_box.currentIndexChanged.connect(self._edited)
        self.value_edit.textEdited.connect(self._edited)
        self.food_check.toggled.connect(self._edited)
        self.gift_check.toggled.connect(self._edited)
        for spin in (self.budget_box, self.organisers_box, self.lead_box, self.effort_box):
            spin.valueChanged.connect(self._edited)
        self.idea_edit.textEdited.connect(self._idea_typed)
        self.ideas.currentRowChanged.connect(lambda _row: self._idea_chosen())
        self.add_idea_button.clicked.connect(self.add_idea)
        self.remove_idea_button.clicked.connect(self.remove_idea)
        self.up_button.clicked.connect(lambda: self.move_idea(-1))
        self.down_button.clicked.connect(lambda: self.move_idea(1))
        self.setEnabled(False)

    @staticmethod
    def _note(words: str) -> QLabel:
        note = QLabel(words)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        return note

    @staticmethod
    def _label(words: str, buddy: QWidget) -> QLabel:
        label = QLabel(words)
        label.setBuddy(buddy)
        return label

    # -- showing ----------------------------------------------------------------------------------
    def show_draft(self, draft: RuleDraft | None) -> None:
        self.draft = draft
        self.setEnabled(draft is not None)
        if draft is None:
            return
        self._filling = True
        try:
            self.kind_box.setCurrentIndex(list(Kind).index(draft.kind))
            self.milestone_box.setCurrentIndex(MILESTONES.index(draft.milestone))
            self.value_edit.setText(draft.value)
            self.ideas.clear()
            for idea in draft.ideas:
                self._idea_item(idea)
            self.ideas.setCurrentRow(0 if draft.ideas else -1)
            self.food_check.setChecked(draft.food)
            self.gift_check.setChecked(draft.gift)
            self.budget_box.setValue(draft.budget)
            self.organisers_box.setValue(draft.organisers)
            self.lead_box.setValue(draft.lead_days)
            self.effort_box.setValue(draft.effort)
        finally:
            self._filling = False
        self._explain()
        self._idea_chosen()

    def _idea_item(self, words: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(words)
        item.setToolTip(words)
        self.ideas.insertItem(self.ideas.count() if row is None else row, item)
        return item

    def _explain(self) -> None:
        days = self.lead_box.value()
        self.lead_help.setText(self.tr("It needs a plan %n day(s) before the day: from then it shows under “Needs "
                                       "attention” and the reminders go out.", "", days))
        effort = self.effort_box.value()
        if effort == int(effort):
            sentence = self.tr("A turn for this counts as %n turn(s) when the app spreads the work fairly among "
                               "the organisers.", "", int(effort))
        else:
            sentence = self.tr("A turn for this counts as {number} turns when the app spreads the work fairly "
                               "among the organisers.").format(number=number_text(effort))
        self.effort_help.setText(sentence)

    def _idea_chosen(self) -> None:
        item = self.ideas.currentItem()
        self.idea_edit.setText(item.text() if item is not None else "")
        self.idea_edit.setCursorPosition(0)
        self.idea_edit.setEnabled(item is not None)
        self._enable_idea_buttons()

    def _idea_typed(self, words: str) -> None:
        item = self.ideas.currentItem()
        if item is not None:
            item.setText(words)
            item.setToolTip(words)
            self._edited()

    def _enable_idea_buttons(self) -> None:
        row, count = self.ideas.currentRow(), self.ideas.count()
        self.remove_idea_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- editing ----------------------------------------------------------------------------------
    def add_idea(self) -> None:
        """A new line under the current idea, its words ready to be typed."""
        row = self.ideas.currentRow() + 1 if self.ideas.currentRow() >= 0 else self.ideas.count()
        self._filling = True
        try:
            item = self._idea_item("", row)
        finally:
            self._filling = False
        self.ideas.setCurrentItem(item)
        self.idea_edit.setFocus()
        self._edited()

    def remove_idea(self) -> None:
        row = self.ideas.currentRow()
        if row >= 0:
            self.ideas.takeItem(row)
            self._edited()

    def move_idea(self, by: int) -> None:
        row = self.ideas.currentRow()
        if not 0 <= row + by < self.ideas.count() or row < 0:
            return
        self._filling = True
        try:
            item = self.ideas.takeItem(row)
            self.ideas.insertItem(row + by, item)
            self.ideas.setCurrentRow(row + by)
        finally:
            self._filling = False
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._filling or self.draft is None:
            return
        draft = self.draft
        draft.kind = Kind(self.kind_box.currentData())
        draft.milestone = MILESTONES[self.milestone_box.currentIndex()]
        draft.value = self.value_edit.text()
        draft.ideas = [self.ideas.item(row).text() for row in range(self.ideas.count())]
        draft.food, draft.gift = self.food_check.isChecked(), self.gift_check.isChecked()
        draft.budget = self.budget_box.value()
        draft.organisers = self.organisers_box.value()
        draft.lead_days = self.lead_box.value()
        draft.effort = self.effort_box.value()
        self._explain()
        self._enable_idea_buttons()
        self.changed.emit()
