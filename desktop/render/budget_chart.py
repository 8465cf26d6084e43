"""The year's money per occasion kind as bars against the annual budget: painted once, for the Budget page and
for paper alike.

Colours from the Okabe–Ito palette (safe for the common kinds of colour blindness); what a bar means is also
written beside it, so nothing depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.models.budget import KindBudget

PLANNED = QColor("#0072B2")  # blue
SPENT = QColor("#E69F00")  # orange
OVER = QColor("#D55E00")  # vermilion: the budget mark when it is exceeded
TRACK = QColor("#ececec")
INK = QColor("#1f1f1f")
GREY = QColor("#5f5f5f")


@dataclass(frozen=True)
class ChartTexts:
    """What the chart writes, translated by its caller (render stays free of the UI's words)."""

    kind: Callable[[KindBudget], str]  # the row's title
    amounts: Callable[[KindBudget], str]  # "planned € 900,00 · spent € 400,00 of € 1.500,00"
    legend: tuple[str, str, str]  # planned, spent, annual budget


def row_height(metrics: QFontMetricsF) -> float:
    return metrics.lineSpacing() * 2.3


def chart_height(rows: int, metrics: QFontMetricsF) -> float:
    return (rows + 1) * row_height(metrics)


def paint_chart(painter: QPainter, area: QRectF, rows: list[KindBudget], font: QFont, texts: ChartTexts) -> float:
    """Paint a legend line and one bar per kind into `area` (top-aligned); returns the height used."""
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.lineSpacing()
    height = row_height(metrics)
    painter.save()
    painter.setFont(font)
    label_width = min(area.width() * 0.3, max([metrics.horizontalAdvance(texts.kind(r)) for r in rows] or [0])
                      + line)
    bar_left = area.left() + label_width
    bar_width = max(1.0, area.width() - label_width)
    scale = max([max(r.planned_cents, r.spent_cents, r.budget_cents or 0) for r in rows] or [0]) or 1
    y = area.top()
    _legend(painter, QPointF(bar_left, y), metrics, texts.legend)
    y += height
    for row in rows:
        painter.setPen(INK)
        painter.drawText(QRectF(area.left(), y, label_width - line / 2, line), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(texts.kind(row),
                                                                             Qt.TextElideMode.ElideRight,
                                                                             label_width - line / 2))
        track = QRectF(bar_left, y + line * 0.1, bar_width, line * 0.8)
        painter.fillRect(track, TRACK)
        planned = QRectF(track.left(), track.top(), bar_width * row.planned_cents / scale, track.height())
        painter.fillRect(planned, PLANNED)
        spent = QRectF(track.left(), track.top() + track.height() * 0.3,
                       bar_width * row.spent_cents / scale, track.height() * 0.4)
        painter.fillRect(spent, SPENT)
        if row.budget_cents is not None:
            x = track.left() + bar_width * row.budget_cents / scale
            painter.setPen(QPen(OVER if row.over else INK, max(1.0, line * 0.12)))
            painter.drawLine(QPointF(x, track.top() - line * 0.15), QPointF(x, track.bottom() + line * 0.15))
        painter.setPen(OVER if row.over else GREY)
        painter.drawText(QRectF(bar_left, y + line, bar_width, line), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(texts.amounts(row), Qt.TextElideMode.ElideRight, bar_width))
        y += height
    painter.restore()
    return y - area.top()


def _legend(painter: QPainter, at: QPointF, metrics: QFontMetricsF, words: tuple[str, str, str]) -> None:
    line = metrics.lineSpacing()
    x = at.x()
    for colour, word in zip((PLANNED, SPENT, None), words, strict=True):
        box = QRectF(x, at.y() + line * 0.2, line * 0.6, line * 0.6)
        if colour is None:
            painter.setPen(QPen(INK, max(1.0, line * 0.12)))
            painter.drawLine(QPointF(box.center().x(), box.top() - line * 0.1),
                             QPointF(box.center().x(), box.bottom() + line * 0.1))
        else:
            painter.fillRect(box, colour)
        painter.setPen(INK)
        painter.drawText(QPointF(box.right() + line * 0.3, at.y() + metrics.ascent()), word)
        x = box.right() + line * 0.3 + metrics.horizontalAdvance(word) + line
