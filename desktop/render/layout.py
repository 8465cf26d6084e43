"""Tables laid out on printed pages by hand: a title and the column headers on every page, rows never split
across pages, long texts wrapped onto as many lines as they need (paper has no tooltip: nothing ends in "…"),
a closing line (the totals) never alone on a page, page numbers and the print date in the footer.

Works on any QPagedPaintDevice (QPdfWriter for PDF, QPrinter for the print preview); sizes are given in
points and millimetres, so the pages look the same at every resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14.0
INK = QColor("#1f1f1f")
GREY = QColor("#666666")
RULE = QColor("#c8c8c8")
FAINT_RULE = QColor("#e6e6e6")
_PREFERRED_FAMILIES = ("Segoe UI", "Helvetica Neue", "DejaVu Sans", "Liberation Sans", "Arial", "Noto Sans")


class NoFontsError(RuntimeError):
    """Qt found no fonts: it would write pages without any text."""


def page_layout(paper: str = "a4") -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def font_family() -> str:
    families = QFontDatabase.families()
    if not families:
        raise NoFontsError
    return next((name for name in _PREFERRED_FAMILIES if name in families), QFont().family())


def make_font(family: str, points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    # No ligatures: "fi" stays two letters, so a search in the PDF finds "Sofie" and "confidential".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int | None = None) -> list[str]:
    """`text` in lines no wider than `width`: all of it, or at most `max_lines` with what does not fit ending
    in "…". A word wider than the line (an e-mail address) is broken where it must."""
    if not text:
        return []
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    # Split on plain spaces only: a no-break space keeps "€ 20,00" together.
    lines, current = [], ""
    for word in (word for word in text.split(" ") if word):
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
        while metrics.horizontalAdvance(current) > width and len(current) > 1:
            fits = max((n for n in range(1, len(current)) if metrics.horizontalAdvance(current[:n]) <= width),
                       default=1)
            lines.append(current[:fits])
            current = current[fits:]
    lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            if metrics.horizontalAdvance(line) > width else line for line in lines]


@dataclass
class Column:
    title: str
    weight: float
    right: bool = False  # right-aligned (money)


@dataclass
class Cell:
    text: str = ""
    sub: str = ""  # a smaller grey line under the text
    bold: bool = False


@dataclass
class Row:
    cells: list[Cell] = field(default_factory=list)
    band: QColor | None = None  # a tinted band behind the row (milestones)
    note: str = ""  # a small grey line under the row, from the second column to the right edge
    continues: bool = False  # same group (day) as the row before: no first cell and a faint rule, unless on a new page
    full: str = ""  # one bold line across the page instead of cells (totals, "nothing this month")
    keep_with_previous: bool = False  # never the first row of a page (the totals go with the last rows)


@dataclass
class Style:
    body: float  # point sizes
    sub: float
    header: float
    title: float
    subtitle: float
    accent: QColor
    max_lines: int | None = None  # None: every text whole, on as many lines as it needs
    padding_mm: float = 1.2
    centred_title: bool = False


@dataclass
class _Measured:
    row: Row
    height: float
    cells: list[tuple[list[str], list[str]]]  # per cell: lines of text, lines of sub
    note: list[str]


class TablePages:
    """Paints `rows` under `title` on as many pages as needed; `page_text(page, count)` says "Page 1 of 3"."""

    def __init__(self, device: QPagedPaintDevice, style: Style, columns: list[Column], title: str, subtitle: str,
                 footer: str, page_text: Callable[[int, int], str]):
        self.device, self.style, self.columns = device, style, columns
        self.title, self.subtitle, self.footer, self.page_text = title, subtitle, footer, page_text
        self.mm = device.logicalDpiX() / 25.4
        self.width, self.height = float(device.width()), float(device.height())
        family = font_family()
        self.fonts = {
            "body": make_font(family, style.body), "bold": make_font(family, style.body, bold=True),
            "sub": make_font(family, style.sub), "note": make_font(family, style.sub, italic=True),
            "header": make_font(family, style.header, bold=True), "title": make_font(family, style.title, bold=True),
            "subtitle": make_font(family, style.subtitle), "footer": make_font(family, max(7.0, style.sub - 1)),
        }
        self.metrics = {name: QFontMetricsF(font, device) for name, font in self.fonts.items()}
        self.pad = style.padding_mm * self.mm
        total = sum(column.weight for column in columns)
        self.x = [0.0]
        for column in columns:
            self.x.append(self.x[-1] + self.width * column.weight / total)

    # -- measuring -------------------------------------------------------------------------------
    def _line(self, name: str) -> float:
        return self.metrics[name].lineSpacing()

    def _title_height(self) -> float:
        return self._line("title") + self._line("subtitle") + 3 * self.mm

    def _header_height(self) -> float:
        return self._line("header") + 2 * self.pad

    def _footer_height(self) -> float:
        return self._line("footer") + 3 * self.mm

    def _measure(self, row: Row) -> _Measured:
        if row.full:
            return _Measured(row, self._line("bold") + 4 * self.pad, [], [])
        cells, content = [], 0.0
        for index, cell in enumerate(row.cells):
            width = self.x[index + 1] - self.x[index] - 2 * self.pad
            lines = wrap(cell.text, self.metrics["bold" if cell.bold else "body"], width, self.style.max_lines)
            subs = wrap(cell.sub, self.metrics["sub"], width, self.style.max_lines)
            cells.append((lines, subs))
            content = max(content, len(lines) * self._line("body") + len(subs) * self._line("sub"))
        note = wrap(row.note, self.metrics["note"], self.width - self.x[1] - 2 * self.pad, self.style.max_lines)
        content += len(note) * self._line("note")
        return _Measured(row, content + 2 * self.pad, cells, note)

    def paginate(self, rows: list[Row]) -> list[list[_Measured]]:
        room = self.height - self._title_height() - self._header_height() - self._footer_height()
        pages: list[list[_Measured]] = [[]]
        used = 0.0
        for row in rows:
            measured = self._measure(row)
            if pages[-1] and used + measured.height > room:
                carried: list[_Measured] = []
                if row.keep_with_previous and len(pages[-1]) > 1:  # the row before comes along: never alone
                    carried = [pages[-1].pop()]
                pages.append(carried)
                used = sum(m.height for m in carried)
            pages[-1].append(measured)
            used += measured.height
        return pages

    # -- painting --------------------------------------------------------------------------------
    def paint(self, painter: QPainter, rows: list[Row]) -> int:
        """Paint every page (calling newPage between them); returns the number of pages."""
        pages = self.paginate(rows)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.device.newPage()
            y = self._paint_title(painter)
            y = self._paint_column_headers(painter, y)
            for index, measured in enumerate(page):
                self._paint_row(painter, measured, y, first_on_page=index == 0)
                y += measured.height
            self._paint_footer(painter, number, len(pages))
        return len(pages)

    def _text(self, painter: QPainter, font: str, x: float, y: float, text: str, color: QColor = INK) -> None:
        """One line of text whose top is at `y`."""
        painter.setFont(self.fonts[font])
        painter.setPen(color)
        painter.drawText(QPointF(x, y + self.metrics[font].ascent()), text)

    def _paint_title(self, painter: QPainter) -> float:
        title_width = self.metrics["title"].horizontalAdvance(self.title)
        x = (self.width - title_width) / 2 if self.style.centred_title else 0.0
        self._text(painter, "title", x, 0.0, self.title)
        y = self._line("title")
        sub_width = self.metrics["subtitle"].horizontalAdvance(self.subtitle)
        x = (self.width - sub_width) / 2 if self.style.centred_title else 0.0
        self._text(painter, "subtitle", x, y, self.subtitle, GREY)
        y += self._line("subtitle") + 1.2 * self.mm
        painter.setPen(QPen(self.style.accent, 0.8 * self.mm))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        return self._title_height()

    def _paint_column_headers(self, painter: QPainter, y: float) -> float:
        for index, column in enumerate(self.columns):
            self._cell_line(painter, "header", index, y + self.pad, column.title, GREY)
        y += self._header_height()
        painter.setPen(QPen(RULE, 0.3 * self.mm))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        return y

    def _cell_line(self, painter: QPainter, font: str, index: int, y: float, text: str, color: QColor = INK) -> None:
        column = self.columns[index]
        x = self.x[index] + self.pad
        if column.right:
            x = self.x[index + 1] - self.pad - self.metrics[font].horizontalAdvance(text)
        self._text(painter, font, x, y, text, color)

    def _paint_row(self, painter: QPainter, measured: _Measured, y: float, first_on_page: bool) -> None:
        row = measured.row
        if row.band is not None:
            painter.fillRect(QRectF(0, y, self.width, measured.height), row.band)
        if not first_on_page:
            faint = row.continues
            painter.setPen(QPen(FAINT_RULE if faint else RULE, (0.2 if faint else 0.3) * self.mm))
            painter.drawLine(QPointF(self.x[1] if faint else 0, y), QPointF(self.width, y))
        if row.full:
            self._text(painter, "bold", self.pad, y + 2 * self.pad, row.full)
            return
        bottom = y + self.pad
        for index, (cell, (lines, subs)) in enumerate(zip(row.cells, measured.cells, strict=True)):
            if index == 0 and row.continues and not first_on_page:
                continue
            top = y + self.pad
            for line in lines:
                self._cell_line(painter, "bold" if cell.bold else "body", index, top, line)
                top += self._line("body")
            for line in subs:
                self._cell_line(painter, "sub", index, top, line, GREY)
                top += self._line("sub")
            bottom = max(bottom, top)
        for line in measured.note:
            self._text(painter, "note", self.x[1] + self.pad, bottom, line, GREY)
            bottom += self._line("note")

    def _paint_footer(self, painter: QPainter, number: int, count: int) -> None:
        y = self.height - self._line("footer")
        painter.setPen(QPen(RULE, 0.2 * self.mm))
        painter.drawLine(QPointF(0, y - 1.5 * self.mm), QPointF(self.width, y - 1.5 * self.mm))
        self._text(painter, "footer", 0.0, y, self.footer, GREY)
        page = self.page_text(number, count)
        self._text(painter, "footer", self.width - self.metrics["footer"].horizontalAdvance(page), y, page, GREY)
