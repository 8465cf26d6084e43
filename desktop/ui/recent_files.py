"""File › Recent files: the last files opened (desktop.preferences keeps them), newest first. A file that is no
longer there is shown greyed with the reason; Clear list forgets them all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from desktop.preferences import forget_recent_files, recent_files


class RecentFilesMenu(QMenu):
    """Rebuilt each time it opens (another window may have opened files since); `open_path(path)` opens one."""

    def __init__(self, open_path: Callable[[Path], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("&Recent files"))
        self._open_path = open_path
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        files = [Path(name) for name in recent_files()]
        for number, path in enumerate(files, start=1):
            # &1 … &8: a number to type, as in LibreOffice and Thunderbird
            action = self.addAction(f"&{number} {path.name}")
            action.triggered.connect(lambda _checked=False, path=path: self._open_path(path))
            if path.exists():
                action.setToolTip(str(path))
                action.setStatusTip(str(path))
            else:
                action.setEnabled(False)
                action.setText(self.tr("{entry} (not found)").format(entry=action.text()))
                action.setStatusTip(self.tr("{path} no longer exists").format(path=path))
        if not files:
            self.addAction(self.tr("No recent files")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear list"), self.clear_list)
        clear.setEnabled(bool(files))
        self.setToolTipsVisible(True)

    def file_actions(self) -> list:
        return [action for action in self.actions() if action.text()[:1] == "&" and action.text()[1:2].isdigit()]

    def clear_list(self) -> None:
        forget_recent_files()
        self.rebuild()
