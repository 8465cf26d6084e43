"""Undoable changes to the register: colleagues and departments. Each step is one Register call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.colleague import Colleague, Department
from desktop.store.repository import Removed
from desktop.ui.workspace import StoreCommand, Workspace

CTX = "Commands"


class AddColleague(StoreCommand):
    def __init__(self, workspace: Workspace, colleague: Colleague):
        super().__init__(
            workspace, QCoreApplication.translate("Commands", "Add {name}").format(name=colleague.full_name)
        )
        self.colleague = colleague

    def apply(self) -> None:
        # The first time the file picks the id; a redo after undo reuses it (add keeps a given id).
        self.colleague = self.workspace.register.add(self.colleague)
        self.workspace.shown(self.colleague)

    def revert(self) -> None:
        self.workspace.register.delete(self.colleague.id)
        self.workspace.gone(self.colleague.id)


class EditColleague(StoreCommand):
    def __init__(self, workspace: Workspace, before: Colleague, after: Colleague):
        super().__init__(workspace, QCoreApplication.translate("Commands", "Edit {name}").format(name=after.full_name))
        self.before, self.after = before, after

    def apply(self) -> None:
        self.workspace.register.update(self.after, expected=self.before)
        self.workspace.shown(self.after)

    def revert(self) -> None:
        self.workspace.register.update(self.before, expected=self.after)
        self.workspace.shown(self.before)


class DeleteColleague(StoreCommand):
    def __init__(self, workspace: Workspace, colleague: Colleague):
        super().__init__(
            workspace, QCoreApplication.translate("Commands", "Delete {name}").format(name=colleague.full_name)
        )
        self.colleague = colleague
        self.records: Removed | None = None  # what went with them, put back on undo

    def apply(self) -> None:
        self.colleague, self.records = self.workspace.register.delete(self.colleague.id)
        self.workspace.gone(self.colleague.id)

    def revert(self) -> None:
        self.workspace.register.restore(self.colleague, self.records)
        self.workspace.shown(self.colleague)


class AddDepartment(StoreCommand):
    def __init__(self, workspace: Workspace, name: str):
        super().__init__(
            workspace, QCoreApplication.translate("Commands", "Add department {name}").format(name=name.strip())
        )
        self.name = name
        self.department_id: int | None = None

    def apply(self) -> None:
        self.department_id = self.workspace.register.add_department(self.name, self.department_id).id
        self.workspace.departments_written()

    def revert(self) -> None:
        self.workspace.register.delete_department(self.department_id)
        self.workspace.departments_written()


class RenameDepartment(StoreCommand):
    def __init__(self, workspace: Workspace, department: Department, name: str):
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Rename department {old} to {new}").format(
                old=department.name, new=name.strip()
            ),
        )
        self.department, self.name = department, name

    def apply(self) -> None:
        self.workspace.register.rename_department(self.department.id, self.name)
        self.workspace.departments_written()

    def revert(self) -> None:
        self.workspace.register.rename_department(self.department.id, self.department.name)
        self.workspace.departments_written()


class DeleteDepartment(StoreCommand):
    def __init__(self, workspace: Workspace, department: Department):
        super().__init__(
            workspace, QCoreApplication.translate("Commands", "Delete department {name}").format(name=department.name)
        )
        self.department = department

    def apply(self) -> None:
        self.workspace.register.delete_department(self.department.id)
        self.workspace.departments_written()

    def revert(self) -> None:
        self.workspace.register.add_department(self.department.name, self.department.id)
        self.workspace.departments_written()
