"""File › Backups… (list the backups beside the file and restore one), File › Check database, and the way
out of a damaged file: restoring its newest good backup, the damaged file kept aside.

Restoring keeps the file as it is first (store.backups.restore), then reopens it in the window, so the undo
history starts afresh: its steps belong to the file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.i18n import Message
from desktop.store import backups
from desktop.store.errors import StoreError

if TYPE_CHECKING:
    from desktop.store.backups import Backup
    from desktop.ui.auto_backup import AutoBackup
    from desktop.ui.workspace import Workspace

Reopen = Callable[[Path], bool]  # opens the file at the path in the window (MainWindow.open_path)
CTX = "Backups"


def _moment(created: datetime) -> QDateTime:
    return QDateTime(QDate(created.year, created.month, created.day),
                     QTime(created.hour, created.minute, created.second))


def _when(created: datetime) -> str:
    return QLocale().toString(_moment(created), QLocale.FormatType.ShortFormat)


class BackupsDialog(QDialog):
    """The backups of the open file, newest first, with Restore…; `restored` holds where the file as it was
    is kept once one was restored."""

    def __init__(self, workspace: Workspace, reopen: Reopen, auto_backup: AutoBackup | None = None,
                 parent: QWidget | None = None, *, now: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self.workspace, self._reopen, self._auto_backup, self._now = workspace, reopen, auto_backup, now
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Backups"))
        folder = backups.folder_of(workspace.path)
        self.about = QLabel(self.tr(
            "Social Calendar makes a backup when you open the file (once a day) and when you close the window or "
            "open another file. It keeps every backup of the last day, then one a day for a week, one a week "
            "for four weeks and one a month for a year. They are in {folder}.").format(folder=folder))
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Colleagues"), self.tr("Plans")])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.empty = QLabel(self.tr("There are no backups of this file yet."))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Bring the selected backup back; the file as it is now is kept as "
                                               "a backup first"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Restore &another file…"))
        self.other_button.setToolTip(self.tr("Bring back a copy kept elsewhere, such as one made with "
                                             "social-calendar backup"))
        self.other_button.clicked.connect(self.restore_other)
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder if folder.is_dir() else folder.parent))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.restore_button, self.other_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(640, 420)
        self.load()

    def load(self) -> None:
        self.table.clear()
        self.found = backups.list_backups(self.workspace.path)
        locale = QLocale()
        for backup in self.found:
            moment = _moment(backup.created)
            item = QTreeWidgetItem([locale.toString(moment.date(), QLocale.FormatType.ShortFormat),
                                    locale.toString(moment.time(), QLocale.FormatType.ShortFormat),
                                    locale.toString(backup.colleagues), locale.toString(backup.plans)])
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(self.found))
        self.empty.setVisible(not self.found)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Backup | None:
        items = self.table.selectedItems()
        return self.found[self.table.indexOfTopLevelItem(items[0])] if items else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        question = self.tr("Restore the backup of {when} ({colleagues}, {plans})? The file as it is now is kept "
                           "as a backup first, and the undo history starts afresh.").format(
            when=_when(backup.created), colleagues=self.tr("%n colleague(s)", "", backup.colleagues),
            plans=self.tr("%n plan(s)", "", backup.plans))
        self._restore(backup.path, question)

    def restore_other(self) -> None:
        from desktop.ui import file_dialogs

        chosen = file_dialogs.choose_existing(self, str(self.workspace.path.parent))
        if chosen is None:
            return
        self._restore(chosen, self.tr("Restore {file}? The file as it is now is kept as a backup first, and the "
                                      "undo history starts afresh.").format(file=chosen))

    def _restore(self, backup: Path, question: str) -> None:
        answer = QMessageBox.question(self, self.tr("Restore backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        kept = restore_and_reopen(self, backup, self.workspace.path, self._reopen, self._auto_backup, self._now)
        if kept is None:
            self.load()  # a refused backup: the list as it is
            return
        self.restored = kept
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The backup is back and open. The file as it was is kept as {kept}.").format(kept=kept.name))
        self.accept()


def restore_and_reopen(parent: QWidget | None, backup: Path, path: Path, reopen: Reopen | None,
                       auto_backup: AutoBackup | None = None,
                       now: Callable[[], datetime] = datetime.now) -> Path | None:
    """Restore `backup` as `path` and open it in the window; where the file as it was is kept, or None when the
    backup was refused (said in a message; nothing was changed)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        kept = backups.restore(backup, path, now())
    except StoreError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, QCoreApplication.translate("Backups", "Restore backup"), text(exc.message))
        return None
    QApplication.restoreOverrideCursor()
    if auto_backup is not None:
        auto_backup.forget_changes()  # the file as it was is kept already
    if reopen is not None:
        reopen(path)
    return kept


def show_backups(parent: QWidget, workspace: Workspace, reopen: Reopen, auto_backup: AutoBackup | None) -> None:
    dialog = BackupsDialog(workspace, reopen, auto_backup, parent,
                           now=auto_backup.now if auto_backup is not None else datetime.now)
    dialog.exec()
    dialog.deleteLater()


def offer_restore(parent: QWidget | None, message: Message) -> bool:
    """A file refused as damaged, with a good backup named: offer to restore it (the damaged file kept aside).
    True when it was restored and the file can be opened again; False when there is nothing to offer or the
    user chose not to (the caller then says why the file was refused, as always)."""
    backup = message.params.get("backup")
    if backup is None:
        return False
    path = Path(message.params["path"])
    says = QCoreApplication.translate("Backups", "{file} is damaged and cannot be opened ({detail}).").format(
        file=path.name, detail=message.params.get("detail", ""))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Backups", "Damaged file"), says,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "Backups", "The newest good backup is from {created}. Restore it? The damaged file is kept aside beside it "
                   "as {file}.damaged-…, never deleted.").format(created=message.params.get("created", ""),
                                                                 file=path.stem))
    box.setDetailedText(backup)
    restore = box.addButton(QCoreApplication.translate("Backups", "&Restore backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Backups", "&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    chosen = box.clickedButton() is restore
    box.deleteLater()
    return chosen and restore_and_reopen(parent, Path(backup), path, None) is not None


def check_database(parent: QWidget, workspace: Workspace, reopen: Reopen, auto_backup: AutoBackup | None) -> None:
    check = DatabaseCheck(parent)
    check.run(workspace, reopen, auto_backup)
    check.deleteLater()


class DatabaseCheck(QObject):
    """File › Check database: a backup first (as Anki does), then every page and every link checked, told in
    plain words; damage offers the newest good backup."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def run(self, workspace: Workspace, reopen: Reopen, auto_backup: AutoBackup | None) -> None:
        from desktop.store.checking import full_check
        from desktop.store.database import damaged

        now = auto_backup.now if auto_backup is not None else datetime.now
        title = self.tr("Check database")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                made: Path | None = backups.make_backup(workspace.register.db, now())
                not_made = ""
            except StoreError as exc:
                made, not_made = None, text(exc.message)
            findings = full_check(workspace.register.db)
        except StoreError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, title, text(exc.message))
            return
        QApplication.restoreOverrideCursor()
        if auto_backup is not None and made is not None:
            auto_backup.forget_changes()
        first = (self.tr("A backup was made first ({file}).").format(file=made.name) if made is not None
                 else self.tr("No backup could be made first: {reason}").format(reason=not_made))
        if findings.sound:
            QMessageBox.information(self.window, title, self.tr(
                "No problems found: every part of the file was read and every link between colleagues, plans and "
                "occasions is whole.") + "\n\n" + first)
            return
        refusal = damaged(workspace.path, "; ".join(findings.damage)) if findings.damage else None
        if findings.damage:
            says = self.tr("The file is damaged: some of it can no longer be read reliably ({detail}).").format(
                detail="; ".join(findings.damage))
        else:
            says = self.tr("%n record(s) point to something that is no longer there (a colleague, plan or "
                           "occasion).", "", findings.broken_links)
        backup = refusal.message.params.get("backup") if refusal is not None else None
        if refusal is None or backup is None:
            QMessageBox.warning(self.window, title, says + "\n\n" + first + "\n\n" + self.tr(
                "Keep working with care, and restore a backup from before the problem with File › Backups…"))
            return
        answer = QMessageBox.warning(self.window, title, says + "\n\n" + self.tr(
            "The newest good backup is from {created}. Restore it? The file as it is now is kept aside as well.")
            .format(created=refusal.message.params["created"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            restore_and_reopen(self.window, Path(backup), workspace.path, reopen, auto_backup, now)
