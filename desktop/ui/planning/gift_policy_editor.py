"""Settings › Gift and gathering policy: the rules as a compact overview on the left (occasion, what, budget,
organisers, lead time), the one selected as a form on the right (desktop/ui/planning/gift_rule_form.py).

OK checks every rule and stores the whole policy as one undoable step (SaveGiftPolicy); Cancel keeps the stored
policy. Default ideas are translation sources, shown translated and stored as the source while unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import money_text, text
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, Idea
from desktop.models.labels import kind_name
from desktop.store.errors import StoreError
from desktop.store.gift_policy_store import load_gift_rules, save_gift_rules
from desktop.ui.columns import fit_columns
from desktop.ui.form_fields import error_label, show_error
from desktop.ui.help_browser import add_help_button
from desktop.ui.planning.gift_rule_form import GiftRuleForm, RuleDraft, idea_to_store, parse_value
from desktop.ui.workspace import StoreCommand, Workspace

OCCASION, WHAT, BUDGET, ORGANISERS, LEAD = range(5)


class GiftPolicyDialog(QDialog):
    def __init__(self, rules: tuple[GiftRule, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.result_rules: tuple[GiftRule, ...] | None = None
        self.drafts: list[RuleDraft] = []
        self.setWindowTitle(self.tr("Gift and gathering policy"))
        intro = QLabel(self.tr("What each occasion gets, for how much and from how many organisers. Choose a rule "
                               "on the left to change it on the right. A rule for an age or a number of years wins "
                               "over the general rule of its occasion."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Occasion"), self.tr("What"), self.tr("Budget"),
                                              self.tr("Organisers"), self.tr("Lead time")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumWidth(480)
        # The occasion and "What" share what the short columns leave, wrapping at word ends; never cut off.
        self._columns = fit_columns(self.table, OCCASION, WHAT)
        self.form = GiftRuleForm()
        self.error = error_label()
        self.add_button, self.remove_button, self.defaults_button = (
            QPushButton(self.tr("Add &rule")), QPushButton(self.tr("Dele&te rule")),
            QPushButton(self.tr("Restore &defaults")))
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_current_rule)
        self.defaults_button.clicked.connect(lambda: self.fill(DEFAULT_RULES))
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.defaults_button):
            button.setAutoDefault(False)
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(row_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        form_area = QScrollArea()  # a small screen scrolls the form rather than squeezing it
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_area.setWidget(self.form)
        form_area.setMinimumWidth(340)
        splitter.addWidget(form_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])  # the overview's "What" keeps room to be read
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "gift-policy")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.form.changed.connect(self._form_changed)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        # At most 640 high: the form scrolls, and the dialog fits a 1024×700 screen with its title bar.
        self.resize(min(1100, screen.width() - 60), min(640, screen.height() - 60))
        self.fill(rules)

    @classmethod
    def ask(cls, parent: QWidget | None, rules: tuple[GiftRule, ...]) -> tuple[GiftRule, ...] | None:
        dialog = cls(rules, parent)
        try:
            return dialog.result_rules if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # -- the overview -----------------------------------------------------------------------------
    def fill(self, rules: tuple[GiftRule, ...]) -> None:
        self.drafts = [RuleDraft.of(rule) for rule in rules]
        self.table.setRowCount(0)
        for row in range(len(self.drafts)):
            self.table.insertRow(row)
            self._show_row(row)
        self.select(0 if self.drafts else -1)
        show_error(self.error, "")

    def select(self, row: int) -> None:
        """Choose the rule at `row` in the overview (as a click on it would): the form shows it."""
        if row < 0:
            self.table.setCurrentCell(-1, -1)
            self._select(-1)
        else:
            self.table.setCurrentCell(row, OCCASION)
            self._select(row)

    def _select(self, row: int) -> None:
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else None
        if draft is not self.form.draft:
            self.form.show_draft(draft)
        self.remove_button.setEnabled(draft is not None)

    def _form_changed(self) -> None:
        if self.form.draft in self.drafts:
            self._show_row(self.drafts.index(self.form.draft))

    def _show_row(self, row: int) -> None:
        draft = self.drafts[row]
        ideas = [idea.strip() for idea in draft.ideas if idea.strip()]
        what = ideas[0] if ideas else ""
        if len(ideas) > 1:
            what = self.tr("{what} (or %n other(s))", "", len(ideas) - 1).format(what=what)
        cells = (self.occasion_text(draft), what, money_text(round(draft.budget * 100)), str(draft.organisers),
                 self.tr("%n day(s)", "", draft.lead_days))
        for column, words in enumerate(cells):
            item = QTableWidgetItem(words)
            item.setToolTip("\n".join(ideas) if column == WHAT else words)
            if column in (BUDGET, ORGANISERS, LEAD):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def occasion_text(self, draft: RuleDraft) -> str:
        """"Birthday", "Birthday, milestone, 50", "Work anniversary, not a milestone"."""
        parts = [text(kind_name(draft.kind))]
        if draft.milestone is True:
            parts.append(self.tr("milestone"))
        elif draft.milestone is False:
            parts.append(self.tr("not a milestone"))
        if draft.value.strip():
            parts.append(draft.value.strip())
        return ", ".join(parts)

    def add_rule(self) -> None:
        """A new rule at the end, chosen, with the form ready for its first idea."""
        self.drafts.append(RuleDraft.new())
        row = len(self.drafts) - 1
        self.table.insertRow(row)
        self._show_row(row)
        self.select(row)
        self.form.kind_box.setFocus()

    def remove_current_rule(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.drafts):
            del self.drafts[row]
            self.table.removeRow(row)
            self.select(min(row, len(self.drafts) - 1))

    # -- reading ----------------------------------------------------------------------------------
    def read(self) -> tuple[GiftRule, ...]:
        """The rules; raises ValueError with the message to show (and chooses the rule it is about)."""
        rules, seen = [], set()
        for row, draft in enumerate(self.drafts):
            name = self.occasion_text(draft)
            try:
                value = parse_value(draft.value)
            except (ValueError, ZeroDivisionError):
                raise self._refuse(row, self.tr("Rule {row} ({occasion}): “{value}” is not an age or a number of "
                                                "years such as 25 or 12.5")
                                   .format(row=row + 1, occasion=name, value=draft.value)) from None
            texts = [idea_to_store(idea) for idea in draft.ideas if idea.strip()]
            if not texts:
                raise self._refuse(row, self.tr("Rule {row} ({occasion}): write at least one idea")
                                   .format(row=row + 1, occasion=name))
            if (draft.kind, draft.milestone, value) in seen:
                raise self._refuse(row, self.tr("Rule {row} ({occasion}): the same occasion has a rule twice")
                                   .format(row=row + 1, occasion=name))
            seen.add((draft.kind, draft.milestone, value))
            ideas = tuple(Idea(words, draft.food, draft.gift) for words in texts)
            rules.append(GiftRule(draft.kind, draft.milestone, value, ideas, budget_cents=round(draft.budget * 100),
                                  organisers=draft.organisers, lead_days=draft.lead_days, effort=draft.effort))
        return tuple(rules)

    def _refuse(self, row: int, message: str) -> ValueError:
        self.select(row)
        return ValueError(message)

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
