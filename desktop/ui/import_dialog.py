"""The import preview: what will happen before anything is written (new, updated, refused rows, warnings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.importing import ImportPlan, PlannedRow
from desktop.i18n import text
from desktop.models.colleague import Colleague
from desktop.ui.columns import fit_columns
from desktop.ui.field_labels import field_labels
from desktop.ui.help_browser import add_help_button

_COMPARED = ("first_name", "prefix", "last_name", "email", "birth", "leap_day", "hire_date", "service_start",
             "end_date", "work_days", "celebrate", "show_age", "organises", "likes", "dietary", "notes")


class ImportDialog(QDialog):
    """Shows an ImportPlan; Import stays disabled while rows are refused unless the user skips them."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.resize(760, 480)
        warnings = list(getattr(plan, "warnings", []))
        summary = self.tr("{new} new, {updated} updated, {unchanged} unchanged, {refused} refused").format(
            new=len(plan.new), updated=len(plan.updated), unchanged=len(getattr(plan, "unchanged", [])),
            refused=len(plan.refused))
        new_departments = list(getattr(plan, "new_departments", []))
        if new_departments:
            summary += "\n" + self.tr("New departments: {names}").format(names=", ".join(new_departments))
        date_note = getattr(plan, "date_note", None)
        if date_note is not None:
            summary += "\n" + text(date_note)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rows_tree(plan.new, with_changes=False), self.tr("New ({count})").format(
            count=len(plan.new)))
        self.tabs.addTab(self._rows_tree(plan.updated, with_changes=True), self.tr("Updated ({count})").format(
            count=len(plan.updated)))
        self.refused_list = self._message_tree(
            [self.tr("row {row}: {reason}").format(row=refused.row, reason=text(refused.message))
             for refused in plan.refused])
        self.tabs.addTab(self.refused_list, self.tr("Refused ({count})").format(count=len(plan.refused)))
        if warnings:
            self.tabs.addTab(self._message_tree([text(warning) for warning in warnings]),
                             self.tr("Warnings ({count})").format(count=len(warnings)))
        if plan.refused:
            self.tabs.setCurrentWidget(self.refused_list)
        self.skip_refused = QCheckBox(self.tr("Skip the refused rows and import the others"))
        self.skip_refused.setVisible(bool(plan.refused))
        self.skip_refused.toggled.connect(self._update_buttons)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "import")
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.tabs, self.skip_refused, self.explanation, self.buttons):
            layout.addWidget(widget)
        self._update_buttons()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan, file_name: str) -> bool | None:
        """None when cancelled, else whether refused rows are to be skipped."""
        dialog = cls(plan, file_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.skip_refused.isChecked()

    def can_import(self) -> bool:
        has_changes = bool(self.plan.new or self.plan.updated)
        return has_changes and (not self.plan.refused or self.skip_refused.isChecked())

    def _update_buttons(self) -> None:
        allowed = self.can_import()
        self.import_button.setEnabled(allowed)
        self.import_button.setDefault(allowed)
        if not (self.plan.new or self.plan.updated):
            self.explanation.setText(self.tr("There is nothing to import: the file holds no new or changed "
                                             "colleagues."))
        elif self.plan.refused and not allowed:
            self.explanation.setText(self.tr("Nothing is imported while rows are refused: fix them in the file, "
                                             "or skip them."))
        else:
            self.explanation.setText(self.tr("The import is one step: Edit › Undo takes all of it back."))

    def _rows_tree(self, rows: list[PlannedRow], *, with_changes: bool) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        headers = [self.tr("Row"), self.tr("Name"), self.tr("Department"), self.tr("E-mail"), self.tr("Birthday")]
        if with_changes:
            headers.append(self.tr("Changes"))
        tree.setHeaderLabels(headers)
        labels = field_labels()
        items = []
        for planned in rows:
            colleague = planned.colleague
            values = [str(planned.row), colleague.full_name, planned.department, colleague.email,
                      colleague.birth.display() if colleague.birth else ""]
            if with_changes:
                changed = getattr(planned, "changed_fields", ()) or changed_fields(planned.existing, colleague)
                values.append(", ".join(labels.get(name, name) for name in changed))
            items.append(QTreeWidgetItem(values))
        tree.addTopLevelItems(items)
        # Department, e-mail, name (and what changes) share the width, wrapping: no column cut off.
        fit_columns(tree, 2, 3, 1, *((5,) if with_changes else ()))
        return tree

    def _message_tree(self, lines: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderHidden(True)
        tree.addTopLevelItems([QTreeWidgetItem([line]) for line in lines])
        return tree


def changed_fields(before: Colleague | None, after: Colleague) -> list[str]:
    if before is None:
        return []
    return [name for name in _COMPARED if getattr(before, name) != getattr(after, name)]
