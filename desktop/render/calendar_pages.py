"""The perpetual birthday calendar (verjaardagskalender): a page per month, or two, with days 1–31 and names.

Rows are evenly spaced, as on the calendar by the coffee machine; a day with many names gets smaller type
rather than pushing the month off its page.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from desktop.exchange.month_report import CalendarName
from desktop.render.layout import GREY, INK, RULE, font_family, make_font, wrap

ACCENT = QColor("#d9822b")
MIN_POINTS = 5.0


class CalendarPages(QObject):
    """Paints `months` (as birthday_calendar returns them): 12 pages, or 6 with two months on a page."""

    def __init__(self, months: list[list[list[CalendarName]]], two_per_page: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.months, self.two_per_page = months, two_per_page
        self.family = font_family()
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def title(self) -> str:
        return self.tr("Birthday calendar")

    def paint(self, device: QPagedPaintDevice) -> int:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(self.tr("The pages could not be started."))
        self.device = device
        try:
            width, height = float(device.width()), float(device.height())
            mm = device.logicalDpiX() / 25.4
            per_page = 2 if self.two_per_page else 1
            gap = 10 * mm if per_page == 2 else 0.0
            part = (height - gap * (per_page - 1)) / per_page
            for index in range(12):
                slot = index % per_page
                if index and slot == 0:
                    device.newPage()
                self._paint_month(painter, QRectF(0, slot * (part + gap), width, part), index + 1, mm)
            return 12 // per_page
        finally:
            painter.end()

    def _fm(self, points: float, bold: bool = False) -> QFontMetricsF:
        key = (points, bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(make_font(self.family, points, bold), self.device)
        return self._metrics[key]

    def _names(self, names: list[CalendarName]) -> str:
        return "\u00a0· ".join(self.tr("{name} ({year})").format(name=entry.name, year=entry.year)
                            if entry.year is not None else entry.name for entry in names)

    def _paint_month(self, painter: QPainter, rect: QRectF, month: int, mm: float) -> None:
        name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        name = name[:1].upper() + name[1:]
        title_points = 26.0 if not self.two_per_page else 18.0
        title = self._fm(title_points, True)
        painter.setFont(make_font(self.family, title_points, bold=True))
        painter.setPen(ACCENT)
        painter.drawText(QPointF(rect.left(), rect.top() + title.ascent()), name)
        top = rect.top() + title.lineSpacing() + 2 * mm
        painter.setPen(QPen(ACCENT, 0.8 * mm))
        painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
        top += 1 * mm
        days = self.months[month - 1]
        row = (rect.bottom() - top) / len(days)
        base = min(12.0, max(MIN_POINTS, row / mm * 1.45))  # about two thirds of the row's height
        number_width = self._fm(base, True).horizontalAdvance("00") + 4 * mm
        for index, names in enumerate(days):
            y = top + index * row
            self._paint_day(painter, QRectF(rect.left(), y, rect.width(), row), index + 1, names, base,
                            number_width, mm)

    def _paint_day(self, painter: QPainter, rect: QRectF, day: int, names: list[CalendarName], base: float,
                   number_width: float, mm: float) -> None:
        number = self._fm(base, True)
        painter.setFont(make_font(self.family, base, bold=True))
        painter.setPen(INK)
        label = str(day)
        baseline = rect.top() + (rect.height() - number.height()) / 2 + number.ascent()
        painter.drawText(QPointF(rect.left() + number_width - 3 * mm - number.horizontalAdvance(label), baseline),
                         label)
        painter.setPen(QPen(RULE, 0.2 * mm))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        if not names:
            return
        text = self._names(names)
        width = rect.width() - number_width - 1 * mm
        points, lines = self._fit(text, width, rect.height() - 0.6 * mm, base)
        metrics = self._fm(points)
        painter.setFont(make_font(self.family, points))
        painter.setPen(INK if points >= base else GREY.darker(150))
        y = rect.top() + (rect.height() - len(lines) * metrics.lineSpacing()) / 2
        for line in lines:
            painter.drawText(QRectF(rect.left() + number_width, y, width, metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += metrics.lineSpacing()

    def _fit(self, text: str, width: float, height: float, base: float) -> tuple[float, list[str]]:
        """The largest size (from `base` down to MIN_POINTS) at which `text` fits; at the smallest it is elided."""
        points = base
        while True:
            metrics = self._fm(points)
            room = max(1, int(height // metrics.lineSpacing()))
            lines = wrap(text, metrics, width, room)
            if points <= MIN_POINTS or not lines[-1].endswith("…") or text.endswith("…"):
                return points, lines
            points = max(MIN_POINTS, points - 0.5)
