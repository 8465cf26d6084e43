"""Help › Guide (F1): the short built-in guide, in Dutch and English, read offline from the package
(desktop/resources/help/guide_LANG.html), with its contents beside it.

Context help: every page and the bigger dialogs open the guide at their own section (`show_help(parent, "planning")`;
`add_help_button` gives a dialog's button box a Help button that answers F1 too)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language

HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"
START = "start"
# The section of each page, in the pages' tab order (coming up, calendar, planning, colleagues, budget).
PAGE_SECTIONS = ("home", "calendar", "planning", "colleagues", "budget")
_HEADING = re.compile(r'<h2 id="([\w-]+)">(.*?)</h2>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def guide_path(language: str | None = None) -> Path:
    return HELP_DIR / f"guide_{language or current_language()}.html"


def sections(path: Path) -> list[tuple[str, str]]:
    """(anchor, title) of each section of the guide at `path`, in order."""
    return [(anchor, _TAG.sub("", title).strip()) for anchor, title in _HEADING.findall(path.read_text("utf-8"))]


class HelpBrowser(QDialog):
    """The guide beside its contents; not modal, so it stays open while one works."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.language = language or current_language()
        self.setWindowTitle(self.tr("Social Calendar guide"))
        self.path = guide_path(self.language)
        self.contents = QListWidget()
        for anchor, title in sections(self.path):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.contents.addItem(item)
        self.contents.setSpacing(2)
        contents_width = self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 12
        self.contents.setMinimumWidth(contents_width)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        self.contents.currentItemChanged.connect(self._chosen)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([contents_width, 10_000])  # the contents as wide as their titles, the text the rest
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(900, 620)

    def section(self) -> str | None:
        item = self.contents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_section(self, anchor: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == anchor:
                self.contents.setCurrentRow(row)
                return
        self.browser.scrollToAnchor(anchor)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.browser.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))


_open: list[HelpBrowser] = []  # the guide shown now (one at a time)


def show_help(parent: QWidget | None, section: str = START) -> HelpBrowser:
    """The guide at `section`: the open one when it has the same parent and language, else a new one."""
    from shiboken6 import isValid

    current = _open[0] if _open and isValid(_open[0]) else None
    if current is not None and (current.parent() is not parent or current.language != current_language()):
        current.close()
        current.deleteLater()
        current = None
    if current is None:
        current = HelpBrowser(parent)
        _open[:] = [current]
    current.show_section(section)
    current.show()
    current.raise_()
    current.activateWindow()
    return current


def add_help_button(buttons: QDialogButtonBox, section: str) -> None:
    """A Help button (and F1) on a dialog's button box, opening the guide at `section`."""
    button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
    button.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    buttons.helpRequested.connect(lambda: show_help(buttons.window(), section))
