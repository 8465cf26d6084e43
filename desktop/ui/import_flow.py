"""File › Import: choose a file, preview the plan, apply it as one undoable step. Loaded on first use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.exchange.importing import ImportFileError, ImportPlan, apply_import, plan_import
from desktop.i18n import text
from desktop.models.colleague import Colleague, Department
from desktop.models.progress import Cancelled
from desktop.store.database import transaction
from desktop.store.errors import StoreError
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.long_work import run_with_progress
from desktop.ui.workspace import StoreCommand, Workspace

CTX = "ImportFlow"


class ImportColleagues(StoreCommand):
    """Undo deletes the colleagues (and departments) the import added and puts updated ones back as they were."""

    def __init__(self, workspace: Workspace, plan: ImportPlan, file_name: str, skip_invalid: bool,
                 parent: QWidget | None = None):
        super().__init__(workspace, QCoreApplication.translate("ImportFlow", "Import {file}").format(file=file_name))
        self.plan, self.skip_invalid, self.parent = plan, skip_invalid, parent
        self.added: list[Colleague] = []
        self.updated_after: list[Colleague] = []
        self.updated_before = [row.existing for row in plan.updated if row.existing is not None]
        self.new_departments: list[Department] = []
        self._first = True

    def apply(self) -> None:
        register = self.workspace.register
        if self._first:
            before_ids = {colleague.id for colleague in register.colleagues()}
            before_departments = {department.id for department in register.departments()}
            try:
                with self.workspace.lent_to_a_worker():
                    run_with_progress(self.parent, QCoreApplication.translate("ImportFlow", "Import"),
                                      lambda progress: apply_import(self.plan, register,
                                                                    skip_invalid=self.skip_invalid, progress=progress))
            except ImportFileError as exc:  # refused rows the user did not choose to skip
                raise StoreError(exc.message) from exc
            self._first = False
            changed_ids = {colleague.id for colleague in self.updated_before}
            after = register.colleagues()
            self.added = [colleague for colleague in after if colleague.id not in before_ids]
            self.updated_after = [colleague for colleague in after if colleague.id in changed_ids]
            self.new_departments = [d for d in register.departments() if d.id not in before_departments]
        else:
            with transaction(register.db):  # nested writes become savepoints: still one transaction
                for department in self.new_departments:
                    register.add_department(department.name, department.id)
                register.add_many(self.added)  # they keep their ids
                for colleague in self.updated_after:
                    register.update(colleague)
        self.workspace.reload()

    def revert(self) -> None:
        register = self.workspace.register
        with transaction(register.db):
            for colleague in self.added:
                register.delete(colleague.id)
            for colleague in self.updated_before:
                register.update(colleague)
            for department in self.new_departments:
                register.delete_department(department.id)
        self.workspace.reload()


def choose_and_import(parent: QWidget, workspace: Workspace, today: date) -> bool:
    """The whole File › Import conversation; True when something was imported."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportFlow", "Import colleagues"), "",
        QCoreApplication.translate("ImportFlow", "Spreadsheets and contacts (*.csv *.xlsx *.vcf);;All files (*)"))
    if not name:
        return False
    return import_file(parent, workspace, Path(name), today)


def import_file(parent: QWidget, workspace: Workspace, path: Path, today: date) -> bool:
    """Read and compare with a progress bar, show the preview, then save with a progress bar; Cancel at either
    bar imports nothing."""
    title = QCoreApplication.translate("ImportFlow", "Import")
    try:
        with workspace.lent_to_a_worker() as register:
            plan = run_with_progress(parent, title, lambda progress: plan_import(path, register, today,
                                                                                 progress=progress))
    except Cancelled:
        return False
    except ImportFileError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate("ImportFlow", "{file} cannot be imported: "
                                                                                    "{reason}").format(
            file=path.name, reason=text(exc.message)))
        return False
    skip_invalid = ImportDialog.ask(parent, plan, path.name)
    if skip_invalid is None:
        return False
    try:
        return workspace.push(ImportColleagues(workspace, plan, path.name, skip_invalid, parent))
    except Cancelled:  # the transaction was rolled back: nothing was imported
        return False
