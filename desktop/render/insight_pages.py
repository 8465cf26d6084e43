"""The connections of a period on two pages for the management team: the headline figures with what they mean,
the department map, the trend per quarter, the load of organising, the departments' figures and who fell
through the cracks. The charts are the Connections page's own (insight_charts.py).

The load chart and the gaps carry no names unless `with_names`: then the colleagues who organised most and the
names of those not celebrated or never organised are printed too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from desktop.exchange.insight_report import InsightReport
from desktop.render.insight_charts import Charts, Ink, percent, signed
from desktop.render.insight_texts import InsightTexts, day_text
from desktop.render.layout import GREY, INK, RULE, font_family, make_font, wrap

ACCENT = QColor("#4a6a8a")
BOX = QColor("#f3f5f8")


class InsightPages(QObject):
    """Paints an InsightReport on two pages; `printed`: the day in the footer."""

    def __init__(self, report: InsightReport, printed: date, with_names: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.report, self.printed, self.with_names = report, printed, with_names
        self.texts, self.charts = InsightTexts(self), Charts(self)

    def title(self) -> str:
        return self.tr("Connections across the organisation")

    def paint(self, device: QPagedPaintDevice) -> int:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(self.tr("The pages could not be started."))
        try:
            self.ink = Ink(device, font_family(), 8.0)
            self.big = make_font(self.ink.family, 15.0, bold=True)
            self.mm = self.ink.mm
            self.width, self.height = float(device.width()), float(device.height())
            self._first_page(painter)
            self._footer(painter, 1)
            device.newPage()
            self._second_page(painter)
            self._footer(painter, 2)
            return 2
        finally:
            painter.end()

    # -- pieces ----------------------------------------------------------------------------------
    def _heading(self, painter: QPainter, y: float, text: str) -> float:
        self.ink.text(painter, QRectF(0, y, self.width, self.ink.line("bold") * 1.3), text,
                      Qt.AlignmentFlag.AlignLeft, "bold", ACCENT)
        return y + self.ink.line("bold") * 1.5

    def _paragraph(self, painter: QPainter, y: float, text: str, max_lines: int = 4, font: str = "body",
                   colour: QColor = INK) -> float:
        for line in wrap(text, self.ink.metrics[font], self.width, max_lines):
            self.ink.text(painter, QRectF(0, y, self.width, self.ink.line(font)), line, Qt.AlignmentFlag.AlignLeft,
                          font, colour)
            y += self.ink.line(font)
        return y

    def _footer(self, painter: QPainter, page: int) -> None:
        y = self.height - self.ink.line("small")
        painter.setPen(QPen(RULE, 0.2 * self.mm))
        painter.drawLine(QPointF(0, y - 1.5 * self.mm), QPointF(self.width, y - 1.5 * self.mm))
        left = self.tr("Printed on {day} · confidential: for the management team").format(day=day_text(self.printed))
        self.ink.text(painter, QRectF(0, y, self.width, self.ink.line("small")), left, Qt.AlignmentFlag.AlignLeft,
                      "small", GREY)
        self.ink.text(painter, QRectF(0, y, self.width, self.ink.line("small")),
                      self.tr("Page {number} of {count}").format(number=page, count=2), Qt.AlignmentFlag.AlignRight,
                      "small", GREY)

    def _first_page(self, painter: QPainter) -> None:
        ink = self.ink
        painter.setFont(self.big)
        painter.setPen(INK)
        title_h = painter.fontMetrics().height()
        painter.drawText(QRectF(0, 0, self.width, title_h), int(Qt.AlignmentFlag.AlignLeft), self.title())
        y: float = title_h
        y = self._paragraph(painter, y, self.texts.period(self.report), 1, "body", GREY) + 1 * self.mm
        painter.setPen(QPen(ACCENT, 0.8 * self.mm))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        y += 3 * self.mm
        y = self._figures(painter, y) + 4 * self.mm
        y = self._heading(painter, y, self.tr("Which departments met"))
        y = self._paragraph(painter, y, self.tr(
            "Each cell counts the celebrations that brought the two departments together; hatched cells are pairs "
            "that never met in the period."), 2, "small", GREY) + 2 * self.mm
        bottom = self.height - ink.line("small") - 4 * self.mm
        side = min(self.width, bottom - y)
        self.charts.heat_map(painter, QRectF(0, y, side, bottom - y), self.report, ink)

    def _figures(self, painter: QPainter, top: float) -> float:
        ink, figures = self.ink, self.texts.figures(self.report)
        columns, gap = 3, 3 * self.mm
        width = (self.width - gap * (columns - 1)) / columns
        inner = width - 4 * self.mm
        texts = [wrap(f.explanation, ink.metrics["small"], inner, 5) for f in figures]
        painter.setFont(self.big)
        value_h = painter.fontMetrics().height()
        height = 2 * self.mm + value_h + ink.line("bold") + max(len(t) for t in texts) * ink.line("small") + 2 * self.mm
        for index, (figure, lines) in enumerate(zip(figures, texts, strict=True)):
            x = (index % columns) * (width + gap)
            y = top + (index // columns) * (height + gap)
            painter.fillRect(QRectF(x, y, width, height), BOX)
            painter.setFont(self.big)
            painter.setPen(INK)
            painter.drawText(QRectF(x + 2 * self.mm, y + 2 * self.mm, inner, value_h), int(Qt.AlignmentFlag.AlignLeft),
                             figure.value)
            row = y + 2 * self.mm + value_h
            ink.text(painter, QRectF(x + 2 * self.mm, row, inner, ink.line("bold")), figure.title,
                     Qt.AlignmentFlag.AlignLeft, "bold")
            row += ink.line("bold")
            for line in lines:
                ink.text(painter, QRectF(x + 2 * self.mm, row, inner, ink.line("small")), line,
                         Qt.AlignmentFlag.AlignLeft, "small", GREY)
                row += ink.line("small")
        rows = (len(figures) + columns - 1) // columns
        return top + rows * height + (rows - 1) * gap

    def _second_page(self, painter: QPainter) -> None:
        ink, report, mm = self.ink, self.report, self.mm
        y = self._heading(painter, 0.0, self.tr("Quarter by quarter"))
        half = (self.width - 6 * mm) / 2
        quarters = report.quarters
        self.charts.trend(painter, QRectF(0, y, half, 50 * mm), self.tr("Department pairs linked"),
                          [(self.texts.quarter(q), q.pairs_linked_share, "") for q in quarters], 0.0, 1.0, percent,
                          ink)
        self.charts.trend(painter, QRectF(half + 6 * mm, y, half, 50 * mm), self.tr("E-I index"),
                          [(self.texts.quarter(q), q.ei_index, "") for q in quarters], -1.0, 1.0, signed, ink)
        y += 54 * mm
        y = self._heading(painter, y, self.tr("Who organises"))
        if self.with_names:
            y = self._paragraph(painter, y, self.tr("Effort-weighted turns per colleague, most first."), 1, "small",
                                GREY)
            self.charts.ranking(painter, QRectF(0, y, self.width, 62 * mm), report, ink)
        else:
            self.charts.load(painter, QRectF(0, y, self.width, 55 * mm), report, ink, names=False, histogram=True)
        y += 64 * mm
        y = self._heading(painter, y, self.tr("Departments"))
        y = self._departments(painter, y)
        y = self._heading(painter, y + 3 * mm, self.tr("Who fell through the cracks"))
        missing, never = report.not_celebrated, report.never_organised
        said = self.tr("%n colleague(s) who like to be celebrated had no celebration in the period.", "", len(missing))
        if missing:
            said += " " + self.texts.reasons(report) + "."
        y = self._paragraph(painter, y, said, 3)
        if self.with_names and missing:
            y = self._paragraph(painter, y, ", ".join(f"{p.name} ({self.texts.reason(r).lower()})"
                                                      for p, r in missing), 5, "small", GREY)
        y = self._paragraph(painter, y + 1 * mm, self.tr(
            "%n willing colleague(s), employed the whole period, never organised.", "", len(never)), 2)
        if self.with_names and never:
            self._paragraph(painter, y, ", ".join(p.name for p in never), 4, "small", GREY)

    def _departments(self, painter: QPainter, top: float) -> float:
        """Each department's E-I index and how many of the others it met, in two columns when many."""
        ink, report, mm = self.ink, self.report, self.mm
        n = len(report.departments)
        row = ink.line("small") * 1.2
        per_column = n if n <= 10 else (n + 1) // 2
        columns = 1 if n <= 10 else 2
        width = (self.width - 6 * mm * (columns - 1)) / columns
        others = max(n - 1, 0)
        headers = (self.tr("Department"), self.tr("E-I index"), self.tr("Met"))
        for column in range(columns):
            x = column * (width + 6 * mm)
            for offset, (header, align) in enumerate(zip(headers, (Qt.AlignmentFlag.AlignLeft,
                                                                   Qt.AlignmentFlag.AlignRight,
                                                                   Qt.AlignmentFlag.AlignRight), strict=True)):
                box = self._department_cell(x, top, width, row, offset)
                ink.text(painter, box, header, align, "small", GREY)
        for index, name in enumerate(report.departments):
            column, place = divmod(index, per_column)
            x, y = column * (width + 6 * mm), top + (place + 1) * row
            met = sum(1 for other in range(n) if other != index and report.count(index, other))
            cells = (name, signed(report.ei_per_department[index]),
                     self.tr("{met} of {others}").format(met=met, others=others))
            for offset, (text, align) in enumerate(zip(cells, (Qt.AlignmentFlag.AlignLeft,
                                                               Qt.AlignmentFlag.AlignRight,
                                                               Qt.AlignmentFlag.AlignRight), strict=True)):
                box = self._department_cell(x, y, width, row, offset)
                ink.text(painter, box, ink.elide(text, box.width(), "small"), align, "small")
            painter.setPen(QPen(RULE, 0))
            painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        return top + (min(n, per_column) + 1) * row

    @staticmethod
    def _department_cell(x: float, y: float, width: float, row: float, offset: int) -> QRectF:
        spans = ((0.0, 0.6), (0.6, 0.2), (0.8, 0.2))
        start, part = spans[offset]
        return QRectF(x + width * start, y, width * part, row)
