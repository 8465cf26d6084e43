"""Edit › Departments: the list with head counts; add, rename and delete through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.colleague import Department
from desktop.ui.commands import AddDepartment, DeleteDepartment, RenameDepartment
from desktop.ui.workspace import Workspace


class DepartmentsDialog(QDialog):
    """Changes are written at once (each one undoable); a refused change shows the store's reason."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Departments"))
        self.resize(420, 420)
        self.list = QListWidget()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self._ask_add)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._ask_rename())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        workspace.departments_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.list.clear()
        register = self.workspace.register
        for department in self.workspace.departments():
            item = QListWidgetItem(self.tr("{name} ({count})").format(
                name=department.name, count=register.department_size(department.id)))
            item.setData(Qt.ItemDataRole.UserRole, department)
            self.list.addItem(item)
            if selected is not None and department.id == selected.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected(self) -> Department | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).name == name:
                self.list.setCurrentRow(row)

    # -- actions (tests call these directly) --------------------------------------------------
    def add_department(self, name: str) -> bool:
        done = self.workspace.push(AddDepartment(self.workspace, name))
        if done:
            self.select(name.strip())
        return done

    def rename_selected(self, name: str) -> bool:
        department = self.selected()
        if department is None or name.strip() == department.name:
            return False
        return self.workspace.push(RenameDepartment(self.workspace, department, name))

    def delete_selected(self) -> bool:
        department = self.selected()
        return department is not None and self.workspace.push(DeleteDepartment(self.workspace, department))

    # -- asking for names ------------------------------------------------------------------------
    def _ask_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add department"), self.tr("Name:"))
        if ok and name.strip():
            self.add_department(name)

    def _ask_rename(self) -> None:
        department = self.selected()
        if department is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename department"), self.tr("New name:"),
                                        text=department.name)
        if ok and name.strip():
            self.rename_selected(name)

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.rename_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
