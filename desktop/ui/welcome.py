"""The first day: the welcome on an empty file, the hints an empty page shows instead of "nothing to do", and
the bar that says the demo organisation is open (with the way back to the user's own file).

Each says what to do next; what they offer the window does (`chosen` names it: IMPORT, ADD, ...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons

IMPORT, ADD, DEMO, POLICY, OWN_FILE, PLAN = "import", "add", "demo", "policy", "own_file", "plan"
WIDTH = 640  # a column that reads easily on a wide screen
HINT_STYLE = ("QLabel { color: #3c4659; background: #f1f4fa; border: 1px solid #c9d3e6; border-radius: 4px;"
              " padding: 8px 12px; }")


class WelcomePanel(QScrollArea):
    """The home page of a file without colleagues: what the app does, and the ways in.

    Signals:
        chosen(str): IMPORT, ADD, DEMO or POLICY.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.heading = QLabel(self.tr("Welcome to Social Calendar"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.about = QLabel(self.tr(
            "Social Calendar keeps your colleagues' birthdays, jubilea and other occasions in one file on this "
            "computer and tells you in good time what is coming up. For each celebration it suggests who "
            "organises it, fairly rotated and pairing colleagues from different departments, and what to give "
            "within your own gift policy."))
        self.about.setWordWrap(True)
        self.start = QLabel(self.tr("This file has no colleagues yet. Start in one of these ways:"))
        self.start.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.about)
        column.addSpacing(8)
        column.addWidget(self.start)
        for choice, title, explanation, icon_name in (
            (IMPORT, self.tr("&Import the HR spreadsheet…"),
             self.tr("A CSV or Excel list from HR, or a contacts export: you see what will be imported before "
                     "anything is saved."), "document-import"),
            (ADD, self.tr("&Add a colleague…"), self.tr("Type in colleagues one at a time."), "list-add"),
            (DEMO, self.tr("&Try it on a demo organisation"),
             self.tr("Opens a separate demo file with 150 made-up colleagues. Your own file stays as it is; "
                     "File › Back to my own file returns to it."), "x-office-calendar"),
            (POLICY, self.tr("Set up the &gift policy…"),
             self.tr("What each occasion gets, its budget and how many colleagues organise it. The defaults "
                     "work well to begin with."), "gift"),
        ):
            column.addLayout(self._way_in(choice, title, explanation, icon_name))
        column.addSpacing(8)
        self.help_hint = QLabel(self.tr("Press F1 at any time to read the guide."))
        self.help_hint.setWordWrap(True)
        column.addWidget(self.help_hint)
        column.addStretch(1)
        inner = QWidget()
        inner.setMaximumWidth(WIDTH)
        inner.setLayout(column)
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(inner, 1)
        outer.addStretch(0)
        self.setWidget(page)

    def _way_in(self, choice: str, title: str, explanation: str, icon_name: str) -> QVBoxLayout:
        button = QPushButton(icons.icon(icon_name), title)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(button.sizeHint().width())
        button.clicked.connect(lambda: self.chosen.emit(choice))
        self.buttons[choice] = button
        label = QLabel(explanation)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QVBoxLayout()
        row.setSpacing(2)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(label)
        return row


class EmptyHint(QLabel):
    """What an empty page says: what to do next, with links that do it.

    Signals:
        chosen(str): IMPORT, ADD or DEMO (the links' targets).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(HINT_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self.chosen)
        self.hide()

    def no_colleagues(self, page_text: str) -> None:
        """No colleagues in the file: `page_text` says what the page will show, then the ways to fill it."""
        self.setText(f"{page_text} " + self.tr(
            "<a href=\"import\">Import the HR spreadsheet…</a>, <a href=\"add\">add a colleague…</a> or "
            "<a href=\"demo\">try it on a demo organisation</a>."))


class DemoBar(QFrame):
    """Shown while the demo organisation is open.

    Signals:
        chosen(str): OWN_FILE.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demo_bar")
        self.setStyleSheet("#demo_bar { background: #e5f1e3; border: 1px solid #9cc596; border-radius: 4px; }")
        self.label = QLabel(self.tr("You are trying Social Calendar on a demo organisation: change anything you "
                                    "like. Your own file is not touched."))
        self.label.setWordWrap(True)
        self.back = QPushButton(self.tr("Bac&k to my own file"))
        self.back.clicked.connect(lambda: self.chosen.emit(OWN_FILE))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back)
        self.hide()
