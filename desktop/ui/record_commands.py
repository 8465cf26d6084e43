"""Undoable changes to recorded occasions (births, weddings, get-well, condolence, custom). Each step is one
Register call, so one transaction; a failure goes through the workspace like every other command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.models.occasion_records import RecordedOccasion
from desktop.ui.workspace import StoreCommand, Workspace

# What the Edit menu says after recording one: "Undo Record birth of Jan de Vries".
_ADD_TEXTS = {
    "birth": QT_TRANSLATE_NOOP("RecordCommands", "Record birth of {name}"),
    "wedding": QT_TRANSLATE_NOOP("RecordCommands", "Record wedding of {name}"),
    "get_well": QT_TRANSLATE_NOOP("RecordCommands", "Record get-well wishes for {name}"),
    "condolence": QT_TRANSLATE_NOOP("RecordCommands", "Record condolence for {name}"),
    "custom": QT_TRANSLATE_NOOP("RecordCommands", "Record {name}"),
}


def add_text(record: RecordedOccasion, name: str) -> str:
    """The undo text, "Record birth of Jan de Vries"; a custom occasion goes by its title ("Record Summer outing")."""
    if record.kind == "custom":
        name = record.title or name
    if not name:
        return QCoreApplication.translate("RecordCommands", "Record occasion")
    return QCoreApplication.translate("RecordCommands", _ADD_TEXTS[record.kind]).format(name=name)


class RecordCommand(StoreCommand):
    """Tells the workspace (when it can listen) that recorded occasions changed, so calendars redraw."""

    def changed(self) -> None:
        signal = getattr(self.workspace, "records_changed", None)
        if signal is not None:
            signal.emit()


class AddRecord(RecordCommand):
    def __init__(self, workspace: Workspace, record: RecordedOccasion, name: str = ""):
        super().__init__(workspace, add_text(record, name))
        self.record = record

    def apply(self) -> None:
        # The first time the file picks the id; a redo after undo reuses it (add keeps a given id).
        self.record = self.workspace.register.add_recorded_occasion(self.record)
        self.changed()

    def revert(self) -> None:
        self.workspace.register.delete_recorded_occasion(self.record.id)
        self.changed()


class EditRecord(RecordCommand):
    def __init__(self, workspace: Workspace, before: RecordedOccasion, after: RecordedOccasion):
        super().__init__(workspace, QCoreApplication.translate("RecordCommands", "Edit occasion"))
        self.before, self.after = before, after

    def apply(self) -> None:
        self.workspace.register.update_recorded_occasion(self.after)
        self.changed()

    def revert(self) -> None:
        self.workspace.register.update_recorded_occasion(self.before)
        self.changed()


class DeleteRecord(RecordCommand):
    def __init__(self, workspace: Workspace, record: RecordedOccasion):
        super().__init__(workspace, QCoreApplication.translate("RecordCommands", "Delete occasion"))
        self.record = record

    def apply(self) -> None:
        self.record = self.workspace.register.delete_recorded_occasion(self.record.id)
        self.changed()

    def revert(self) -> None:
        self.workspace.register.add_recorded_occasion(self.record)  # the same id: undo leaves no trace
        self.changed()
