"""The side panel of the month: the selected day's heading, its public holiday and every occasion on it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.calendar.models import COLLEAGUE_ID_ROLE, SUBTITLE_ROLE, Column, OccasionListModel
from desktop.ui.calendar.source import OccasionRow
from desktop.ui.calendar.style import HOLIDAY_TEXT_COLOUR, QUIET_COLOUR, short_date_year


class TwoLineDelegate(QStyledItemDelegate):
    """Title (with the kind's dot) on the first line, the grey subtitle under it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        subtitle = self.subtitle(index)
        title, icon = option.text, QIcon(option.icon)
        option.text, option.icon = "", QIcon()  # drawn below, beside the title
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(26, 4, -6, -4)
        line = QFontMetrics(option.font).height()
        icon.paint(painter, QRect(option.rect.left() + 7, rect.top() + (line - 12) // 2, 12, 12))
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected
                       else index.data(Qt.ItemDataRole.ForegroundRole) or option.palette.color(QPalette.ColorRole.Text))
        title_height = _wrapped(option.font, title, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height), WRAP, title)
        small = _small(option.font)
        painter.setFont(small)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected else QUIET_COLOUR)
        painter.drawText(QRect(rect.left(), rect.top() + title_height + 1, rect.width(),
                               _wrapped(small, subtitle, rect.width())), WRAP, subtitle)
        painter.restore()

    def subtitle(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return index.data(SUBTITLE_ROLE) or ""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Title and subtitle wrap onto more lines in a narrow panel rather than ending in "…"."""
        self.initStyleOption(option, index)
        view = self.parent()
        width = (view.viewport().width() if isinstance(view, QListView) else 200) - 32
        subtitle = self.subtitle(index)
        height = _wrapped(option.font, option.text, width) + 1 + _wrapped(_small(option.font), subtitle, width)
        return QSize(200, height + 8)


WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setBold(False)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    return small


def _wrapped(font: QFont, shown: str, width: int) -> int:
    """The height of `shown` wrapped at `width` (one line when empty)."""
    metrics = QFontMetrics(font)
    if not shown:
        return metrics.height()
    return metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP, shown).height()


class DayDetails(QWidget):
    """Heading, holiday and occasion list of one day.

    Signals:
        colleague_activated(int): an occasion was double-clicked or Enter was pressed on it.
    """

    colleague_activated = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.holiday = QLabel()
        self.holiday.setStyleSheet(f"color: {HOLIDAY_TEXT_COLOUR.name()};")
        self.empty = QLabel(self.tr("Nothing to celebrate on this day."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.empty.setStyleSheet(f"color: {QUIET_COLOUR.name()};")
        self.model = OccasionListModel([Column.OCCASION], self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # a wider or narrower panel measures its rows again
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.holiday, self.empty, self.view):
            layout.addWidget(widget)

    def show_day(self, day: date, rows: list[OccasionRow], holiday: str = "") -> None:
        self.heading.setText(short_date_year(day))
        self.holiday.setText(holiday)
        self.holiday.setVisible(bool(holiday))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))

    def _activated(self, index: QModelIndex) -> None:
        colleague_id = index.data(COLLEAGUE_ID_ROLE)
        if colleague_id is not None:
            self.colleague_activated.emit(colleague_id)
