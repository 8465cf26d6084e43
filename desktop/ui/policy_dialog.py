"""Settings › Occasion policy: which birthdays are milestones (kroonjaren), which service years are celebrated
(jubilea), and what they are called.

Default labels ("silver jubilee") are translation sources: they are shown translated and, while left as they
are, stored as the source so that they follow the language. Labels the manager types are stored as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.store.errors import StoreError
from desktop.store.policy_store import load_policy, save_policy
from desktop.ui.form_fields import error_label, show_error
from desktop.ui.help_browser import add_help_button
from desktop.ui.workspace import StoreCommand, Workspace

_SOURCE = Qt.ItemDataRole.UserRole  # on a label cell: the stored text it was filled with
_NUMBER = re.compile(r"^\d{1,3}([.,]\d+)?$")
_DEFAULT_SOURCES = (*DEFAULT_POLICY.age_labels.values(), *DEFAULT_POLICY.anniversary_labels.values())


def _translated(source: str) -> str:
    return QCoreApplication.translate("Policy", source)


def label_to_store(shown: str, original: str) -> str:
    """What to keep for a label cell: the source text while it shows a translated default, else what was typed."""
    shown = shown.strip()
    for source in (original, *_DEFAULT_SOURCES):
        if source and shown == _translated(source):
            return source
    return shown


def years_text(years: Fraction) -> str:
    """12.5 as the language writes it ("12,5" in Dutch); whole years without decimals."""
    return str(years.numerator) if years.denominator == 1 else QLocale().toString(float(years), "f", 1)


class PolicyDialog(QDialog):
    """Problems are shown under each table as soon as they arise; OK refuses while any remain."""

    def __init__(self, policy: OccasionPolicy, parent: QWidget | None = None):
        super().__init__(parent)
        self.result_policy: OccasionPolicy | None = None
        self.setWindowTitle(self.tr("Occasion policy"))
        self.age_from = QSpinBox()
        self.age_from.setRange(1, 120)
        self.age_step = QSpinBox()
        self.age_step.setRange(1, 50)
        self.age_step.setSuffix(self.tr(" years"))
        self.ages_preview = QLabel()
        self.ages_preview.setWordWrap(True)
        self.ages = _table([self.tr("Age"), self.tr("Name")])
        self.anniversaries = _table([self.tr("Years"), self.tr("Milestone"), self.tr("Name")])
        self.ages_error, self.years_error = error_label(), error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        add_help_button(self.buttons, "occasions")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        # One spelling for both policy dialogs, with an accelerator (Qt's own reads "Restore Defaults").
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(self.tr("Restore &defaults"))
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setAutoDefault(False)
        self._lay_out()
        self.fill(policy)
        self.age_from.valueChanged.connect(self._refresh)
        self.age_step.valueChanged.connect(self._refresh)
        self.ages.itemChanged.connect(self._refresh)
        self.anniversaries.itemChanged.connect(self._refresh)
        self.ages.model().rowsRemoved.connect(self._refresh)
        self.anniversaries.model().rowsRemoved.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.fill(DEFAULT_POLICY))

    @classmethod
    def ask(cls, parent: QWidget | None, policy: OccasionPolicy) -> OccasionPolicy | None:
        """The changed policy, or None when cancelled."""
        dialog = cls(policy, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_policy

    # -- filling and rows ------------------------------------------------------------------------
    def fill(self, policy: OccasionPolicy) -> None:
        self.age_from.setValue(policy.milestone_age_from)
        self.age_step.setValue(policy.milestone_age_step)
        self.ages.setRowCount(0)
        for age, label in sorted(policy.age_labels.items()):
            self.add_age_row(str(age), label)
        self.anniversaries.setRowCount(0)
        every = sorted({*policy.anniversary_years, *policy.milestone_years, *policy.anniversary_labels})
        for years in every:
            self.add_anniversary_row(years_text(years), years in policy.milestone_years,
                                     policy.anniversary_labels.get(years, ""))
        for table in (self.ages, self.anniversaries):  # open at the top, nothing selected
            table.setCurrentCell(-1, -1)
            table.scrollToTop()
        self._refresh()

    def add_age_row(self, age: str = "", label: str = "") -> int:
        return _add_row(self.ages, [_text_item(age), _label_item(label)])

    def add_anniversary_row(self, years: str = "", milestone: bool = False, label: str = "") -> int:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if milestone else Qt.CheckState.Unchecked)
        return _add_row(self.anniversaries, [_text_item(years), check, _label_item(label)])

    def remove_current_row(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    # -- reading and checking -------------------------------------------------------------------
    def read(self) -> tuple[OccasionPolicy, dict[str, str]]:
        """The policy as the form describes it, and the problems ("ages", "years"), translated."""
        problems: dict[str, str] = {}
        start, step = self.age_from.value(), self.age_step.value()
        age_labels: dict[int, str] = {}
        for age_text, label in _rows(self.ages, 0, 1):
            if not age_text and not label:
                continue  # an empty row, perhaps just added: ignore it
            if not age_text.isdigit() or not 1 <= int(age_text) <= 120:
                problems.setdefault("ages", self.tr("“{age}” is not an age from 1 to 120").format(age=age_text))
            elif int(age_text) in age_labels:
                problems.setdefault("ages", self.tr("Age {age} is in the list twice").format(age=age_text))
            elif not label:
                problems.setdefault("ages", self.tr("Give age {age} a name, or remove the row").format(age=age_text))
            elif int(age_text) < start or (int(age_text) - start) % step:
                problems.setdefault("ages", self.tr("{age} is not a milestone age, so its name would never show")
                                    .format(age=age_text))
            else:
                age_labels[int(age_text)] = label
        years_seen: list[Fraction] = []
        milestones: set[Fraction] = set()
        labels: dict[Fraction, str] = {}
        for row, (typed, label) in enumerate(_rows(self.anniversaries, 0, 2)):
            if not typed and not label:
                continue
            years = Fraction(typed.replace(",", ".")) if _NUMBER.match(typed) else None
            if years is None or years <= 0 or (years * 2).denominator != 1:
                problems.setdefault("years", self.tr("“{years}” is not a number of years such as 25 or 12.5")
                                    .format(years=typed))
                continue
            if years in years_seen:
                problems.setdefault("years", self.tr("{years} years is in the list twice").format(years=typed))
                continue
            years_seen.append(years)
            if self.anniversaries.item(row, 1).checkState() == Qt.CheckState.Checked:
                milestones.add(years)
            if label:
                labels[years] = label
        policy = OccasionPolicy(milestone_age_step=step, milestone_age_from=start,
                                anniversary_years=tuple(sorted(years_seen)), milestone_years=frozenset(milestones),
                                age_labels=age_labels, anniversary_labels=labels)
        return policy, problems

    def accept(self) -> None:
        policy, problems = self._refresh()
        if problems:
            (self.ages if "ages" in problems else self.anniversaries).setFocus()
            return
        self.result_policy = policy
        super().accept()

    def _refresh(self) -> tuple[OccasionPolicy, dict[str, str]]:
        policy, problems = self.read()
        show_error(self.ages_error, problems.get("ages", ""))
        show_error(self.years_error, problems.get("years", ""))
        start, step = policy.milestone_age_from, policy.milestone_age_step
        self.ages_preview.setText(self.tr("Milestones: {ages} …").format(
            ages=", ".join(str(age) for age in range(start, min(start + 5 * step, 121), step))))
        return policy, problems

    # -- building --------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("From &age:"), self.age_from)
        form.addRow(self.tr("E&very:"), self.age_step)
        birthdays = QVBoxLayout()
        birthdays.addLayout(form)
        birthdays.addWidget(self.ages_preview)
        birthdays.addWidget(QLabel(self.tr("Names for milestone ages:")))
        birthdays.addLayout(self._with_buttons(self.ages, self.add_age_row, self.tr("Add age"),
                                               self.tr("Remove age")))
        birthdays.addWidget(self.ages_error)
        service = QVBoxLayout()
        hint = QLabel(self.tr("Service years that are celebrated; halves such as 12.5 are allowed. "
                              "Milestones stand out in the calendar and in suggestions."))
        hint.setWordWrap(True)
        service.addWidget(hint)
        service.addLayout(self._with_buttons(self.anniversaries, self.add_anniversary_row, self.tr("Add year"),
                                             self.tr("Remove year")))
        service.addWidget(self.years_error)
        columns = QHBoxLayout()
        columns.addWidget(_group(self.tr("Milestone birthdays"), birthdays), 2)
        columns.addWidget(_group(self.tr("Work anniversaries"), service), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 520)

    def _with_buttons(self, table: QTableWidget, add: Callable[[], int], add_text: str,
                      remove_text: str) -> QVBoxLayout:
        add_button, remove_button = QPushButton(add_text), QPushButton(remove_text)

        def add_row() -> None:
            row = add()
            table.setFocus()
            table.editItem(table.item(row, 0))

        add_button.clicked.connect(add_row)
        remove_button.clicked.connect(lambda: self.remove_current_row(table))
        buttons = QHBoxLayout()
        for button in (add_button, remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout()
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return layout


class SavePolicy(StoreCommand):
    """Store a changed occasion policy; undo stores the previous one. Both make the views recompute."""

    def __init__(self, workspace: Workspace, before: OccasionPolicy, after: OccasionPolicy):
        super().__init__(workspace, QCoreApplication.translate("PolicyDialog", "Change the occasion policy"))
        self.before, self.after = before, after

    def apply(self) -> None:
        save_policy(self.workspace.register.db, self.after)
        self.workspace.policy_written()

    def revert(self) -> None:
        save_policy(self.workspace.register.db, self.before)
        self.workspace.policy_written()


def edit_policy(parent: QWidget | None, workspace: Workspace) -> bool:
    """Settings › Occasion policy: load, ask, and save as one undoable step. True when a changed policy was
    saved (a failed save is reported through the workspace, which reloads)."""
    try:
        before = load_policy(workspace.register.db)
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PolicyDialog", "Occasion policy"), text(exc.message))
        return False
    after = PolicyDialog.ask(parent, before)
    if after is None or after == before:
        return False
    return workspace.push(SavePolicy(workspace, before, after))


# -- small builders ------------------------------------------------------------------------------------
def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    for column in range(len(headers) - 1):
        table.setColumnWidth(column, 80)
    return table


def _text_item(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _label_item(source: str) -> QTableWidgetItem:
    item = QTableWidgetItem(_translated(source) if source else "")
    item.setData(_SOURCE, source)
    return item


def _add_row(table: QTableWidget, items: list[QTableWidgetItem]) -> int:
    table.blockSignals(True)  # one refresh for the whole row, not one per cell
    row = table.rowCount()
    table.insertRow(row)
    for column, item in enumerate(items):
        table.setItem(row, column, item)
    table.blockSignals(False)
    table.setCurrentCell(row, 0)
    return row


def _rows(table: QTableWidget, number_column: int, label_column: int) -> list[tuple[str, str]]:
    """(number as typed, label to store) per row, both stripped."""
    found = []
    for row in range(table.rowCount()):
        number, label = table.item(row, number_column), table.item(row, label_column)
        shown = label.text() if label is not None else ""
        original = (label.data(_SOURCE) if label is not None else None) or ""
        found.append(((number.text() if number is not None else "").strip(), label_to_store(shown, original)))
    return found


def _group(title: str, layout: QVBoxLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box
