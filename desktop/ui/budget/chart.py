"""The bars of the Budget page: the same painting as on paper (render/budget_chart.py), with a tooltip per kind."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.models.budget import KindBudget
from desktop.render.budget_chart import chart_height, paint_chart, row_height
from desktop.render.budget_pages import amounts_text, chart_texts, kind_title


class BudgetChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[KindBudget] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Planned and spent per kind against the annual budget"))

    def set_rows(self, rows: list[KindBudget]) -> None:
        self.rows = rows
        self.setAccessibleDescription("\n".join(f"{kind_title(r)}: {amounts_text(r)}" for r in rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, int(chart_height(len(self.rows), QFontMetricsF(self.font()))) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_chart(painter, QRectF(4, 4, self.width() - 8, self.height() - 8), self.rows, self.font(), chart_texts())
        painter.end()

    def event(self, event) -> bool:
        if isinstance(event, QHelpEvent) and self.rows:
            index = int((event.pos().y() - 4) // row_height(QFontMetricsF(self.font()))) - 1
            if 0 <= index < len(self.rows):
                row = self.rows[index]
                QToolTip.showText(event.globalPos(), f"{kind_title(row)}: {amounts_text(row)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
