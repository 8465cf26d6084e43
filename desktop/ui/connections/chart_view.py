"""A chart painted by desktop.render.insight_charts on a widget: tooltips on every area with a number, keyboard
focus that moves between those areas (arrows, Home, End), and Enter or a double-click on a colleague's bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.render.insight_charts import FOCUS, Ink, Painted

ChartPainter = Callable[[QPainter, QRectF, Ink], Painted]


class ChartView(QWidget):
    """Signals:
        colleague_activated(int): Enter or a double-click on an area that stands for a colleague.
        current_changed(str): the keyboard moved to another area; its words.
    """

    colleague_activated = Signal(int)
    current_changed = Signal(str)

    def __init__(self, name: str, hint: QSize, paint: ChartPainter | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._paint, self._hint = paint, hint
        self.painted = Painted([])
        self.current = -1
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(hint.width() * 2 // 3, hint.height() * 2 // 3)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._hint

    def set_painter(self, paint: ChartPainter) -> None:
        self._paint = paint
        self.current = -1
        self.update()

    def spots(self):
        """The areas as last painted (painting first when the chart was never painted)."""
        if self._paint is not None and not self.painted.spots:
            self.grab()
        return self.painted.spots

    def spot_at(self, x: float, y: float) -> int:
        return next((index for index, spot in enumerate(self.painted.spots) if spot.rect.contains(x, y)), -1)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self._paint is None:
            return
        ink = Ink(self, self.font().family(), max(7.0, self.font().pointSizeF() * 0.95))
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        self.painted = self._paint(painter, area, ink)
        if self.hasFocus():
            if 0 <= self.current < len(self.painted.spots):
                pen = QPen(FOCUS, 2)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.painted.spots[self.current].rect.adjusted(1, 1, -1, -1))
            else:
                painter.setPen(QPen(FOCUS, 1, Qt.PenStyle.DotLine))
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -2, -2))

    # -- tooltips, mouse and keys ----------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.spot_at(event.pos().x(), event.pos().y())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.painted.spots[index].text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.spot_at(event.position().x(), event.position().y())
        if index >= 0:
            self.move_to(index, show=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.spot_at(event.position().x(), event.position().y())
        if index >= 0:
            self.activate(index)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        count = len(self.spots())
        if not count:
            super().keyPressEvent(event)
            return
        stride = self.painted.columns or 1
        current = max(self.current, 0) if self.current >= 0 else -1
        key = Qt.Key(event.key())
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -stride, Qt.Key.Key_Down: stride}
        if key in moves:
            self.move_to(0 if current < 0 else min(count - 1, max(0, current + moves[key])))
        elif key == Qt.Key.Key_Home:
            self.move_to(0)
        elif key == Qt.Key.Key_End:
            self.move_to(count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and current >= 0:
            self.activate(current)
        else:
            super().keyPressEvent(event)

    def move_to(self, index: int, show: bool = True) -> None:
        self.current = index
        words = self.painted.spots[index].text
        self.setAccessibleDescription(words)
        if show:
            centre = self.painted.spots[index].rect.center().toPoint()
            QToolTip.showText(self.mapToGlobal(centre), words, self)
        self.current_changed.emit(words)
        self.update()

    def activate(self, index: int) -> None:
        colleague = self.painted.spots[index].colleague_id
        if colleague is not None:
            self.colleague_activated.emit(colleague)
