"""One month as a 6 x 7 grid, Monday first, painted in one pass (no widget per day or per occasion)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.models.dates import add_months, days_in_month
from desktop.models.occasions import Occasion
from desktop.ui.calendar.occasion_chips import (
    CHIP_TEXT_MARGINS,
    MAX_CHIP_LINES,
    chip_font,
    chip_label,
    chip_lines,
    more_label,
    paint_chip,
)
from desktop.ui.calendar.source import OccasionSource, holidays_around
from desktop.ui.calendar.style import (
    DIM_TEXT_COLOUR,
    GRID_COLOUR,
    HOLIDAY_COLOUR,
    HOLIDAY_TEXT_COLOUR,
    OUTSIDE_COLOUR,
    TODAY_COLOUR,
    WEEKEND_COLOUR,
)

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

WEEKS = 6
WEEK_COLUMN = 30  # px for the ISO week numbers on the left


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the grid's first cell."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthGrid(QWidget):
    """The grid of one month: chips per day, today ringed, weekends and public holidays shaded.

    The selected day is always inside the shown month; moving it past the edge turns the month.

    Signals:
        day_selected(date): the selected day changed (by click, keys or navigation).
        month_changed(int, int): another year and month are shown.
        colleague_activated(int): a chip was double-clicked; its colleague's id.
    """

    day_selected = Signal(object)
    month_changed = Signal(int, int)
    colleague_activated = Signal(int)

    def __init__(self, source: OccasionSource | None, clock: Clock, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._source = source or OccasionSource()
        self._clock = clock
        self._selected = clock.today()
        self._on_today = True  # the selection follows the date over midnight while it is on today
        self._by_day: dict[date, list[Occasion]] = {}
        self._labels: dict[Occasion, str] = {}
        self._holidays: dict[date, str] | None = None
        self._chip_hits: list[tuple[QRect, Occasion]] = []
        self._cut_with_room: list[str] = []  # labels painted short although the day had room (none, ever)
        self._load()
        clock.day_changed.connect(self._day_changed)

    # -- API -------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self._selected.year

    @property
    def month(self) -> int:
        return self._selected.month

    def selected_day(self) -> date:
        return self._selected

    def today(self) -> date:
        return self._clock.today()

    def occasions_on(self, day: date) -> list[Occasion]:
        return list(self._by_day.get(day, ()))

    def holidays(self) -> dict[date, str]:
        """Public holidays around the shown month (loaded on first use: the package is slow to import)."""
        if self._holidays is None:
            start = grid_start(self.year, self.month)
            self._holidays = holidays_around(start, start + timedelta(days=7 * WEEKS - 1))
        return self._holidays

    def set_source(self, source: OccasionSource) -> None:
        self._source = source
        self._load()
        self.day_selected.emit(self._selected)

    def select_day(self, day: date) -> None:
        self._on_today = day == self._clock.today()
        if day == self._selected:
            self.update()
            return
        month_turns = (day.year, day.month) != (self.year, self.month)
        self._selected = day
        if month_turns:
            self._load()
            self.month_changed.emit(day.year, day.month)
        self.update()
        self.day_selected.emit(day)

    def set_month(self, year: int, month: int) -> None:
        self.select_day(date(year, month, min(self._selected.day, days_in_month(year, month))))

    def shift_months(self, months: int) -> None:
        self.select_day(add_months(self._selected, months))

    def go_to_today(self) -> None:
        self.select_day(self._clock.today())

    def _day_changed(self, today: date) -> None:
        """A new day: the ring moves, and a selection that was on today goes along (else it stays put)."""
        if self._on_today:
            self.select_day(today)
        else:
            self.update()

    def day_rect(self, day: date) -> QRect:
        """Where `day` is painted (an empty rect when it is not in the grid)."""
        index = (day - grid_start(self.year, self.month)).days
        return self._cell_rect(index) if 0 <= index < 7 * WEEKS else QRect()

    def chip_hits(self) -> list[tuple[QRect, Occasion]]:
        """The chips painted last time and their occasions."""
        return list(self._chip_hits)

    def cut_with_room(self) -> list[str]:
        """Chip labels painted last time ending in "…" although their day had lines to spare for them. A chip
        is shortened only when its day is full; its tooltip then says it all."""
        return list(self._cut_with_room)

    def day_at(self, point: QPoint) -> date | None:
        for index in range(7 * WEEKS):
            if self._cell_rect(index).contains(point):
                return grid_start(self.year, self.month) + timedelta(days=index)
        return None

    # -- data --------------------------------------------------------------------------------
    def _load(self) -> None:
        start = grid_start(self.year, self.month)
        by_day: dict[date, list[Occasion]] = defaultdict(list)
        end = start + timedelta(days=7 * WEEKS - 1)
        for occasion in self._source.occasions(start, end, cache_years=True):
            by_day[occasion.date].append(occasion)
        for found in by_day.values():  # milestones first: they must never hide behind "+N more"
            found.sort(key=lambda o: not o.milestone)
        self._by_day = dict(by_day)
        self._labels = {}
        self._holidays = None
        # Near a year's edge, compute the neighbouring year while the user looks, so turning into it is quick.
        neighbour = self.year - 1 if self.month <= 2 else self.year + 1 if self.month >= 11 else None
        if neighbour is not None and not self._source.has_year(neighbour):
            source = self._source
            QTimer.singleShot(0, self, lambda: source.year(neighbour))

    def _label(self, occasion: Occasion) -> str:
        label = self._labels.get(occasion)
        if label is None:
            label = self._labels[occasion] = chip_label(occasion, self._source.name(occasion))
        return label

    # -- geometry ----------------------------------------------------------------------------
    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _cell_rect(self, index: int) -> QRect:
        top, width = self._header_height(), self.width() - WEEK_COLUMN
        height = self.height() - top
        row, column = divmod(index, 7)
        left, right = WEEK_COLUMN + width * column // 7, WEEK_COLUMN + width * (column + 1) // 7
        upper, lower = top + height * row // WEEKS, top + height * (row + 1) // WEEKS
        return QRect(left, upper, right - left, lower - upper)

    def sizeHint(self) -> QSize:
        return QSize(WEEK_COLUMN + 7 * 120, self._header_height() + WEEKS * 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(WEEK_COLUMN + 7 * 56, self._header_height() + WEEKS * 48)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.88))
        bold_small = QFont(small)
        bold_small.setBold(True)
        self._paint_header(painter, small)
        holidays = self.holidays()
        start = grid_start(self.year, self.month)
        self._chip_hits, self._cut_with_room = [], []
        for index in range(7 * WEEKS):
            self._paint_day(painter, index, start + timedelta(days=index), holidays, small, bold_small)
        self._paint_selection(painter, palette)
        painter.end()

    def _paint_header(self, painter: QPainter, small: QFont) -> None:
        locale, height = QLocale(), self._header_height()
        painter.setPen(DIM_TEXT_COLOUR)
        painter.setFont(small)
        for column in range(7):
            rect = self._cell_rect(column)
            painter.drawText(QRect(rect.left(), 0, rect.width(), height), Qt.AlignmentFlag.AlignCenter,
                             locale.dayName(column + 1, QLocale.FormatType.ShortFormat))
        start = grid_start(self.year, self.month)
        for row in range(WEEKS):
            rect = self._cell_rect(row * 7)
            week = (start + timedelta(days=7 * row)).isocalendar().week
            painter.drawText(QRect(0, rect.top() + 4, WEEK_COLUMN - 4, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(week))

    def _paint_day(self, painter: QPainter, index: int, day: date, holidays: dict[date, str], small: QFont,
                   bold_small: QFont) -> None:
        rect = self._cell_rect(index)
        inside = day.month == self.month
        holiday = holidays.get(day)
        if not inside:
            painter.fillRect(rect, OUTSIDE_COLOUR)
        elif holiday:
            painter.fillRect(rect, HOLIDAY_COLOUR)
        elif day.weekday() >= 5:
            painter.fillRect(rect, WEEKEND_COLOUR)
        painter.setPen(GRID_COLOUR)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        line = QFontMetrics(small).height()
        number_rect = QRect(rect.left() + 4, rect.top() + 3, line + 6, line + 2)
        if day == self._clock.today():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TODAY_COLOUR)
            painter.drawRoundedRect(number_rect, (line + 2) / 2, (line + 2) / 2)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(bold_small)
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text) if inside else DIM_TEXT_COLOUR)
            painter.setFont(bold_small if inside else small)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
        chips_top = number_rect.bottom() + 3
        if holiday:
            painter.setPen(HOLIDAY_TEXT_COLOUR if inside else DIM_TEXT_COLOUR)
            painter.setFont(small)
            metrics = QFontMetrics(small)
            beside = rect.right() - number_rect.right() - 7
            if metrics.horizontalAdvance(holiday) <= beside:
                name_rect = QRect(number_rect.right() + 4, number_rect.top(), beside, number_rect.height())
                painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, holiday)
            else:  # "Tweede kerstdag" in a narrow day: on the lines under the number, whole
                shown = chip_lines(holiday, metrics, rect.width() - 10, 2)
                name_rect = QRect(rect.left() + 5, chips_top - 2, rect.width() - 10, len(shown) * line)
                painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "\n".join(shown))
                chips_top = name_rect.bottom() + 3
        self._paint_chips(painter, rect, chips_top, day, inside, small, bold_small)

    def _paint_chips(self, painter: QPainter, rect: QRect, top: int, day: date, inside: bool, small: QFont,
                     bold_small: QFont) -> None:
        found = self._by_day.get(day)
        if not found:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QFontMetrics(small).height()
        room = max(0, (rect.bottom() - 3 - top + 2) // (line + 5))  # one-line chips that fit
        shown = len(found) if len(found) <= room else max(0, room - 1)
        lines, spare = self._chip_line_counts(found[:shown], rect.width() - 7, rect.bottom() - 3 - top + 2,
                                              small, bold_small)
        y = top
        for occasion, count in zip(found[:shown], lines, strict=True):
            chip = QRect(rect.left() + 3, y, rect.width() - 7, count * line + 3)
            whole = paint_chip(painter, chip, occasion, self._label(occasion), small, bold_small, dimmed=not inside,
                               lines=count)
            if not whole and spare >= line:
                self._cut_with_room.append(self._label(occasion))
            self._chip_hits.append((chip, occasion))
            y += chip.height() + 2
        if shown < len(found):
            painter.setFont(small)
            painter.setPen(DIM_TEXT_COLOUR if not inside else self.palette().color(QPalette.ColorRole.Link))
            more = QRect(rect.left() + 6, y, rect.width() - 10, line + 3)
            painter.drawText(more, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             more_label(len(found) - shown))

    def _chip_line_counts(self, shown: list[Occasion], width: int, height: int, small: QFont,
                          bold_small: QFont) -> tuple[list[int], int]:
        """Lines per chip: one each, then more for the labels that need them, first come first, while the day
        has room (a chip of n lines is n lines of text and 3 px, chips 2 px apart)."""
        line = QFontMetrics(small).height()
        text_width = width - CHIP_TEXT_MARGINS[0] - CHIP_TEXT_MARGINS[1]
        counts = [1] * len(shown)
        used = len(shown) * (line + 5)
        for number, occasion in enumerate(shown):
            metrics = QFontMetrics(chip_font(occasion, small, bold_small))
            needed = len(chip_lines(self._label(occasion), metrics, text_width, MAX_CHIP_LINES))
            while counts[number] < needed and used + line <= height:
                counts[number] += 1
                used += line
        return counts, height - used

    def _paint_selection(self, painter: QPainter, palette: QPalette) -> None:
        index = (self._selected - grid_start(self.year, self.month)).days
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3 if self.hasFocus() else 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._cell_rect(index).adjusted(1, 1, -2, -2))

    # -- input -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_day(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        occasion = self._chip_at(event.position().toPoint())
        if occasion is not None and occasion.colleague_id is not None:
            self.colleague_activated.emit(occasion.colleague_id)
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.shift_months(-1 if key == Qt.Key.Key_PageUp else 1)
        elif ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.shift_months(-1 if key == Qt.Key.Key_Left else 1)
        elif key in steps:
            self.select_day(self._selected + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_Home:
            self.go_to_today()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            occasion = self._chip_at(event.pos())
            day = self.day_at(event.pos())
            if occasion is not None:
                QToolTip.showText(event.globalPos(), self._source.title(occasion), self)
            elif day is not None and day in self.holidays():
                QToolTip.showText(event.globalPos(), self.holidays()[day], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _chip_at(self, point: QPoint) -> Occasion | None:
        return next((occasion for rect, occasion in self._chip_hits if rect.contains(point)), None)
