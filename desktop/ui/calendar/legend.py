"""The key to the calendar's colours: each kind's dot and name, and what the star means."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.i18n import text
from desktop.models.kinds import OCCASION_KINDS
from desktop.models.labels import kind_name
from desktop.ui.calendar.style import QUIET_COLOUR, STAR, kind_icon


class Legend(QWidget):
    def __init__(self, columns: int = 2, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        entries = [(kind_icon(kind), text(kind_name(kind))) for kind in OCCASION_KINDS]
        for number, (pixmap, name) in enumerate(entries):
            row, column = divmod(number, columns)
            dot = QLabel()
            dot.setPixmap(pixmap)
            layout.addWidget(dot, row, 2 * column)
            layout.addWidget(QLabel(name), row, 2 * column + 1)
        star = QLabel(self.tr("{star} bold: a milestone (a round birthday or a jubilee)").format(star=STAR))
        star.setStyleSheet(f"color: {QUIET_COLOUR.name()};")
        star.setWordWrap(True)
        layout.addWidget(star, len(entries) // columns + 1, 0, 1, 2 * columns)
        layout.setColumnStretch(2 * columns - 1, 1)
