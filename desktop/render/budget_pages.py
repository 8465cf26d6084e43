"""The year's budget on paper for the manager: the bars against the annual budget, the kinds and the months.

Manager audience (amounts per kind and month, no names); the PDF is written owner-only like the other
manager outputs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QPointF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from desktop.i18n import money_text, text
from desktop.models.budget import BudgetSummary, KindBudget
from desktop.models.labels import kind_name
from desktop.render.budget_chart import ChartTexts, chart_height, paint_chart
from desktop.render.layout import GREY, INK, RULE, font_family, make_font


def kind_title(row: KindBudget) -> str:
    name = text(kind_name(row.kind))
    return name[:1].upper() + name[1:]


def amounts_text(row: KindBudget) -> str:
    """What a kind's bar says in words: planned, spent and the budget with what is left or over."""
    money = QCoreApplication.translate("BudgetPages", "planned {planned} · spent {spent}").format(
        planned=money_text(row.planned_cents), spent=money_text(row.spent_cents))
    left = row.left_cents
    if row.budget_cents is None:
        return QCoreApplication.translate("BudgetPages", "{amounts} · no annual budget").format(amounts=money)
    if row.over:
        over = max(row.planned_cents, row.spent_cents) - row.budget_cents
        return QCoreApplication.translate("BudgetPages", "{amounts} of {budget} · {over} over budget").format(
            amounts=money, budget=money_text(row.budget_cents), over=money_text(over))
    return QCoreApplication.translate("BudgetPages", "{amounts} of {budget} · {left} left").format(
        amounts=money, budget=money_text(row.budget_cents), left=money_text(left))


def chart_texts() -> ChartTexts:
    legend = (QCoreApplication.translate("BudgetPages", "planned"), QCoreApplication.translate("BudgetPages", "spent"),
              QCoreApplication.translate("BudgetPages", "annual budget"))
    return ChartTexts(kind_title, amounts_text, legend)


def month_title(month: int) -> str:
    name = QLocale().standaloneMonthName(month)
    return name[:1].upper() + name[1:]


class BudgetPages(QObject):
    """One page: title, the chart, the kinds against their budgets, and the twelve months with the total."""

    def __init__(self, summary: BudgetSummary, kinds: list[KindBudget], printed: date,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.summary, self.kinds, self.printed = summary, kinds, printed

    def title(self) -> str:
        return self.tr("Budget {year}").format(year=self.summary.year)

    def paint(self, device: QPagedPaintDevice) -> int:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(self.tr("The pages could not be started."))
        try:
            self._paint(painter, device)
        finally:
            painter.end()
        return 1

    def _paint(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        family = font_family()
        title, sub, body, bold = (make_font(family, 16, bold=True), make_font(family, 9),
                                  make_font(family, 9), make_font(family, 9, bold=True))
        mm = device.logicalDpiX() / 25.4
        width = float(device.width())
        y = self._line(painter, title, 0, self.title())
        y += self._line(painter, sub, y, self.tr("For the manager — confidential"), grey=True) + 2 * mm
        painter.setPen(QPen(RULE, 0.3 * mm))
        painter.drawLine(QPointF(0, y), QPointF(width, y))
        y += 3 * mm
        if self.kinds:
            y += paint_chart(painter, QRectF(0, y, width, chart_height(len(self.kinds), self._metrics(painter, body))),
                             self.kinds, body, chart_texts()) + 4 * mm
        else:
            y += self._line(painter, body, y, self.tr("Nothing is planned or budgeted in {year}.").format(
                year=self.summary.year)) + 4 * mm
        columns = [0.0, width * 0.46, width * 0.64, width * 0.82, width]
        header = [self.tr("Month"), self.tr("Planned"), self.tr("Spent"), self.tr("Celebrations")]
        y = self._row(painter, bold, y, columns, header, mm, rule=True)
        for row in self.summary.rows:
            cells = [month_title(row.month) if row.month else self.tr("Total"), money_text(row.total.planned_cents),
                     money_text(row.total.spent_cents), QLocale().toString(row.total.count)]
            y = self._row(painter, bold if row.month is None else body, y, columns, cells, mm,
                          rule=row.month is None)
        footer = self.tr("Printed on {day}").format(
            day=QLocale().toString(QDate(self.printed.year, self.printed.month, self.printed.day), "d MMMM yyyy"))
        self._line(painter, make_font(family, 7), float(device.height()) - self._metrics(painter, body).lineSpacing(),
                   footer, grey=True)

    @staticmethod
    def _metrics(painter: QPainter, font):
        from PySide6.QtGui import QFontMetricsF

        return QFontMetricsF(font, painter.device())

    def _line(self, painter: QPainter, font, y: float, words: str, grey: bool = False) -> float:
        metrics = self._metrics(painter, font)
        painter.setFont(font)
        painter.setPen(GREY if grey else INK)
        painter.drawText(QPointF(0, y + metrics.ascent()), words)
        return metrics.lineSpacing()

    def _row(self, painter: QPainter, font, y: float, columns: list[float], cells: list[str], mm: float,
             rule: bool = False) -> float:
        metrics = self._metrics(painter, font)
        painter.setFont(font)
        if rule:
            painter.setPen(QPen(RULE, 0.3 * mm))
            painter.drawLine(QPointF(0, y), QPointF(columns[-1], y))
        painter.setPen(INK)
        pad = 1.2 * mm
        for index, cell in enumerate(cells):
            right = index > 0
            x = columns[index + 1] - pad - metrics.horizontalAdvance(cell) if right else columns[index] + pad
            painter.drawText(QPointF(x, y + pad + metrics.ascent()), cell)
        return y + metrics.lineSpacing() + 2 * pad
