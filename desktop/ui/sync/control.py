"""What the main window holds of sharing: two actions for the Settings menu, the status-bar line, and the
background sync, started for a file that shares (also one opened later with File › Open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.ui.sync import shares
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.ui.sync.syncer import Syncer


class SyncControl(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace):
        super().__init__(window)
        self.main_window, self.workspace = window, workspace
        self.syncer: Syncer | None = None
        self._declined: tuple[int, int] | None = None  # the deletions the member said no to
        self.share_action = self.conflicts_action = QAction()
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        workspace.data_changed.connect(self.start_if_set)
        self.start_if_set()

    def make_actions(self, parent: QObject) -> list[QAction]:
        """The Settings menu's two actions, in the language installed now (the window builds its menus anew
        when the language changes; the actions go with `parent`)."""
        self.share_action = QAction(self.tr("S&hare with my committee…"), parent)
        self.share_action.triggered.connect(self.edit_sharing)
        self.conflicts_action = QAction(self.tr("S&ync conflicts…"), parent)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        return [self.share_action, self.conflicts_action]

    def start_if_set(self) -> None:
        if self.syncer is None and shares(self.workspace.register.db):
            from desktop.ui.sync.syncer import Syncer

            self.syncer = Syncer(self.workspace, self)
            self.syncer.status_changed.connect(self.label.setText)
            self.syncer.too_many_deletions.connect(self.ask_about_deletions)
            self.syncer.start()

    def ask_about_deletions(self, count: int, total: int) -> None:
        """A round found that many objects gone from the server and deleted nothing: delete them here too only
        when the member says so (asked once for the same numbers; the status bar keeps saying it)."""
        from PySide6.QtWidgets import QMessageBox

        if self._declined == (count, total) or self.syncer is None:
            return
        answer = QMessageBox.question(self.main_window, self.tr("Share with my committee"), self.tr(
            "The server no longer has {count} of the {total} colleagues and plans in this file. That can be a "
            "wrong address book in the settings, or another member who deleted them.\n\nDelete them here "
            "too?").format(count=count, total=total),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._declined = None
            self.syncer.sync_now(force=True)
        else:
            self._declined = (count, total)

    def edit_sharing(self) -> None:
        from desktop.ui.sync.share_dialog import ShareDialog

        if ShareDialog(self.workspace.register.db, self.main_window).exec():
            self.start_if_set()
            if self.syncer is not None:
                self.syncer.sync_now()

    def show_conflicts(self) -> None:
        from desktop.ui.sync.conflict_dialog import ConflictDialog

        ConflictDialog(self.workspace.register.db, self.main_window).exec()
        self.workspace.reload()
        if self.syncer is not None:
            self.syncer.sync_now()

    def shutdown(self) -> None:
        if self.syncer is not None:
            self.syncer.shutdown()
