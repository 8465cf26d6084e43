"""The connection charts painted with QPainter, the same code for the Connections page and its printed page:
the department map (a heat map), the load of organising (bars, or a histogram when there are many colleagues),
and a figure's trend per quarter.

Each painter returns its `Spot`s: the areas that carry a number, with the words for it, so the page can show
them as tooltips, move between them with the keyboard and open a colleague from one; the print ignores them.

The colours come from viridis (matplotlib's default scale): perceptually even and readable with every common
form of colour blindness, and in greyscale. A pair no celebration linked is white and hatched, never a colour of
the scale.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPainterPath, QPen, QTransform

from desktop.exchange.insight_report import InsightReport, LoadEntry
from desktop.render.layout import GREY, INK, RULE, make_font

# viridis, from its dark end to its light end
VIRIDIS = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b",
           "#fde725"]
BAR = QColor("#31688e")
MEAN = QColor("#c4450c")  # the mean's dashed line: an orange far from every bar colour
SAME = QColor("#e4e4e4")  # a department with itself
HATCH = QColor("#9a9a9a")
FOCUS = QColor("#000000")


def scale_colour(fraction: float) -> QColor:
    """The colour for `fraction` of the highest count: light yellow for few, deep purple for the most."""
    fraction = max(0.0, min(1.0, fraction))
    position = (1.0 - fraction) * (len(VIRIDIS) - 1)
    low = int(math.floor(position))
    high = min(low + 1, len(VIRIDIS) - 1)
    a, b, t = QColor(VIRIDIS[low]), QColor(VIRIDIS[high]), position - low
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def link_colour(count: int, highest: int) -> QColor:
    return scale_colour(0.0 if highest <= 1 else (count - 1) / (highest - 1))


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#ffffff")


@dataclass
class Ink:
    """Fonts and sizes for one device: the page's widget or the printer. `points`: the body text."""

    device: QPaintDevice
    family: str
    points: float = 8.0
    fonts: dict[str, QFont] = field(init=False)
    metrics: dict[str, QFontMetricsF] = field(init=False)

    def __post_init__(self) -> None:
        self.mm = self.device.logicalDpiX() / 25.4
        self.fonts = {"body": make_font(self.family, self.points),
                      "small": make_font(self.family, self.points * 0.85),
                      "bold": make_font(self.family, self.points, bold=True)}
        self.metrics = {name: QFontMetricsF(font, self.device) for name, font in self.fonts.items()}

    def line(self, font: str = "body") -> float:
        return self.metrics[font].lineSpacing()

    def width(self, text: str, font: str = "body") -> float:
        return self.metrics[font].horizontalAdvance(text)

    def elide(self, text: str, width: float, font: str = "body") -> str:
        return self.metrics[font].elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))

    def text(self, painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag, font: str = "body",
             colour: QColor = INK) -> None:
        painter.setFont(self.fonts[font])
        painter.setPen(colour)
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


@dataclass(frozen=True)
class Spot:
    """An area of a chart with what it shows in words; `colleague_id`: the colleague it stands for."""

    rect: QRectF
    text: str
    colleague_id: int | None = None


@dataclass
class Painted:
    spots: list[Spot]
    columns: int = 0  # spots form rows of this many (the heat map); 0: one row


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float | None) -> str:
    return "–" if value is None else QCoreApplication.translate("Charts", "{value}%").format(
        value=QLocale().toString(round(value * 100)))


def signed(value: float | None) -> str:
    if value is None:
        return "–"
    shown = QLocale().toString(abs(value), "f", 2)
    return ("+" if value > 0.005 else "−" if value < -0.005 else "") + shown


def nice_step(highest: float, steps: int = 4) -> float:
    """A round step (1, 2, 5 × 10^k, whole numbers at least) for an axis up to `highest`."""
    raw = max(highest, 1.0) / steps
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1.0, factor * power)
    return max(1.0, 10 * power)


class Charts(QObject):
    """The painters. Their texts are translated here, once for the page and the print."""

    # -- the department map ----------------------------------------------------------------------
    def heat_map(self, painter: QPainter, rect: QRectF, report: InsightReport, ink: Ink) -> Painted:
        names, n = report.departments, len(report.departments)
        if n < 2:
            ink.text(painter, rect, self.tr("Fewer than two departments: there is nothing to link."),
                     Qt.AlignmentFlag.AlignLeft)
            return Painted([])
        mm = ink.mm
        legend = ink.line("small") * 1.6 + 2 * mm
        longest = max(ink.width(name, "small") for name in names) + 2 * mm
        label_w = min(longest, rect.width() * 0.3)
        label_h = min(longest, rect.height() * 0.3)
        cell = max(1.0, min((rect.width() - label_w) / n, (rect.height() - label_h - legend) / n))
        x0, y0 = rect.left() + label_w, rect.top() + label_h
        highest = report.highest_link
        for index, name in enumerate(names):
            ink.text(painter, QRectF(rect.left(), y0 + index * cell, label_w - 1 * mm, cell),
                     ink.elide(name, label_w - 1.5 * mm, "small"), Qt.AlignmentFlag.AlignRight, "small")
            painter.save()
            turned = QTransform.fromTranslate(x0 + index * cell, y0 - 1 * mm)  # the column's name reads upwards
            turned.rotate(-90)
            painter.setTransform(turned, True)
            ink.text(painter, QRectF(0, 0, label_h - 1 * mm, cell), ink.elide(name, label_h - 1.5 * mm, "small"),
                     Qt.AlignmentFlag.AlignLeft, "small")
            painter.restore()
        numbers_fit = ink.width(str(max(highest, 10)), "small") + 0.8 * mm <= cell and ink.line("small") <= cell
        spots = []
        for row in range(n):
            for column in range(n):
                box = QRectF(x0 + column * cell, y0 + row * cell, cell, cell)
                count = report.count(row, column)
                a, b = names[row], names[column]
                if row == column:
                    painter.fillRect(box, SAME)
                    said = self.tr("{department}: links count only between different departments").format(
                        department=a)
                elif count == 0:
                    self._hatch(painter, box, ink)
                    said = self.tr("{a} and {b}: no celebration linked them").format(a=a, b=b)
                else:
                    colour = link_colour(count, highest)
                    painter.fillRect(box, colour)
                    if numbers_fit:
                        ink.text(painter, box, str(count), Qt.AlignmentFlag.AlignHCenter, "small", text_on(colour))
                    said = self.tr("{a} and {b}: %n celebration(s) linked them", "", count).format(a=a, b=b)
                spots.append(Spot(box, said))
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, 0.15 * mm)))
        for index in range(n + 1):  # thin white lines between the cells
            painter.drawLine(QPointF(x0 + index * cell, y0), QPointF(x0 + index * cell, y0 + n * cell))
            painter.drawLine(QPointF(x0, y0 + index * cell), QPointF(x0 + n * cell, y0 + index * cell))
        self._legend(painter, QRectF(x0, y0 + n * cell + 2 * mm, max(n * cell, 60 * mm), legend - 2 * mm),
                     highest, ink)
        return Painted(spots, n)

    def _hatch(self, painter: QPainter, box: QRectF, ink: Ink) -> None:
        painter.fillRect(box, QColor("#ffffff"))
        painter.save()
        painter.setClipRect(box)
        painter.setPen(QPen(HATCH, max(1.0, 0.12 * ink.mm)))
        step = max(3.0, 1.2 * ink.mm)
        offset = -box.height()
        while offset < box.width():
            painter.drawLine(QPointF(box.left() + offset, box.bottom()),
                             QPointF(box.left() + offset + box.height(), box.top()))
            offset += step
        painter.restore()

    def _legend(self, painter: QPainter, rect: QRectF, highest: int, ink: Ink) -> None:
        mm, h = ink.mm, min(rect.height(), ink.line("small"))
        x = rect.left()
        swatch = QRectF(x, rect.top(), 4 * mm, h)
        self._hatch(painter, swatch, ink)
        painter.setPen(QPen(RULE, 0))
        painter.drawRect(swatch)
        none = self.tr("none")
        ink.text(painter, QRectF(swatch.right() + 1 * mm, rect.top(), ink.width(none, "small") + 1, h), none,
                 Qt.AlignmentFlag.AlignLeft, "small", GREY)
        x = swatch.right() + 3 * mm + ink.width(none, "small")
        if highest >= 1:
            ink.text(painter, QRectF(x, rect.top(), ink.width("1", "small") + 1, h), "1", Qt.AlignmentFlag.AlignLeft,
                     "small", GREY)
            x += ink.width("1", "small") + 1 * mm
            bar = 30 * mm
            for step in range(60):
                painter.fillRect(QRectF(x + bar * step / 60, rect.top(), bar / 60 + 0.5, h), scale_colour(step / 59))
            x += bar + 1 * mm
            words = self.tr("%n celebration(s) linking the pair", "", highest)
            ink.text(painter, QRectF(x, rect.top(), rect.right() - x + 40 * mm, h), words, Qt.AlignmentFlag.AlignLeft,
                     "small", GREY)

    # -- the load of organising ------------------------------------------------------------------
    def load(self, painter: QPainter, rect: QRectF, report: InsightReport, ink: Ink,
             names: bool = True, histogram: bool | None = None) -> Painted:
        """Bars per colleague, most first, with the mean marked; a histogram of colleagues per effort when the
        bars would be too thin (or `histogram`). Without `names` the spots say no names."""
        entries = report.load
        if not entries:
            ink.text(painter, rect, self.tr("Nobody was willing to organise in this period."),
                     Qt.AlignmentFlag.AlignLeft)
            return Painted([])
        axis_w = ink.width("000", "small") + 2 * ink.mm
        plot = QRectF(rect.left() + axis_w, rect.top() + ink.line("small"), rect.width() - axis_w,
                      rect.height() - 2.2 * ink.line("small"))
        if histogram is None:
            histogram = plot.width() / len(entries) < 1.2 * ink.mm
        if histogram:
            return self._histogram(painter, plot, report, ink)
        return self._bars(painter, plot, report, ink, names)

    def _axis(self, painter: QPainter, plot: QRectF, top: float, ink: Ink, label: str) -> Callable[[float], float]:
        """A left axis from 0 to `top` with round steps; returns the y of a value."""
        step = nice_step(top)
        top = max(step, math.ceil(top / step) * step)

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        value = 0.0
        while value <= top + 1e-9:
            painter.setPen(QPen(RULE, 0))
            painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            ink.text(painter, QRectF(plot.left() - 20 * ink.mm, y(value) - ink.line("small") / 2,
                                     20 * ink.mm - 1 * ink.mm, ink.line("small")),
                     QLocale().toString(int(value)), Qt.AlignmentFlag.AlignRight, "small", GREY)
            value += step
        ink.text(painter, QRectF(plot.left(), plot.top() - ink.line("small") * 1.1, plot.width(), ink.line("small")),
                 label, Qt.AlignmentFlag.AlignLeft, "small", GREY)
        return y

    def _mean_line(self, painter: QPainter, start: QPointF, end: QPointF, words: str, ink: Ink,
                   vertical: bool) -> None:
        pen = QPen(MEAN, max(1.5, 0.4 * ink.mm))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(start, end)
        width = ink.width(words, "bold") + 2
        if vertical:
            box = QRectF(start.x() + 1 * ink.mm, end.y(), width, ink.line("bold"))
        else:
            box = QRectF(end.x() - width, start.y() - ink.line("bold"), width, ink.line("bold"))
        painter.fillRect(box, QColor(255, 255, 255, 210))
        ink.text(painter, box, words, Qt.AlignmentFlag.AlignLeft, "bold", MEAN)

    def _bars(self, painter: QPainter, plot: QRectF, report: InsightReport, ink: Ink, names: bool) -> Painted:
        entries = report.load
        y = self._axis(painter, plot, report.load_max, ink, self.tr("Effort-weighted turns per colleague, most first"))
        width = plot.width() / len(entries)
        gap = width * 0.15 if width > 3 * ink.mm / 2 else 0.0
        spots = []
        for index, entry in enumerate(entries):
            left = plot.left() + index * width
            top = y(entry.effort)
            painter.fillRect(QRectF(left + gap / 2, top, max(0.5, width - gap), plot.bottom() - top), BAR)
            spots.append(Spot(QRectF(left, plot.top(), width, plot.height()), self._entry_text(entry, names),
                              entry.person.id if names else None))
        mean = y(report.load_mean)
        self._mean_line(painter, QPointF(plot.left(), mean), QPointF(plot.right(), mean),
                        self.tr("mean {value}").format(value=number(report.load_mean, 2)), ink, vertical=False)
        ink.text(painter, QRectF(plot.left(), plot.bottom(), plot.width(), ink.line("small") * 1.2),
                 self.tr("%n colleague(s) willing to organise", "", len(entries)), Qt.AlignmentFlag.AlignLeft,
                 "small", GREY)
        return Painted(spots)

    def _entry_text(self, entry: LoadEntry, names: bool) -> str:
        figures = self.tr("%n turn(s), effort {effort}", "", entry.turns).format(effort=number(entry.effort))
        if not names:
            return figures
        where = f" ({entry.person.department})" if entry.person.department else ""
        return f"{entry.person.name}{where}: {figures}"

    def _histogram(self, painter: QPainter, plot: QRectF, report: InsightReport, ink: Ink) -> Painted:
        bins = [0] * (int(report.load_max) + 1)
        for entry in report.load:
            bins[int(entry.effort)] += 1
        y = self._axis(painter, plot, max(bins), ink,
                       self.tr("Number of colleagues (up) by effort-weighted turns (across)"))
        width = plot.width() / len(bins)
        spots = []
        label_every = max(1, math.ceil(ink.width("00", "small") * 1.5 / width))
        for index, count in enumerate(bins):
            left = plot.left() + index * width
            top = y(count)
            painter.fillRect(QRectF(left + width * 0.08, top, width * 0.84, plot.bottom() - top), BAR)
            if index % label_every == 0:
                ink.text(painter, QRectF(left, plot.bottom(), width, ink.line("small")), QLocale().toString(index),
                         Qt.AlignmentFlag.AlignHCenter, "small", GREY)
            spots.append(Spot(QRectF(left, plot.top(), width, plot.height()),
                              self.tr("Effort {low} to under {high}: %n colleague(s)", "", count).format(
                                  low=index, high=index + 1)))
        mean = plot.left() + (report.load_mean + 0.5) * width
        self._mean_line(painter, QPointF(mean, plot.bottom()), QPointF(mean, plot.top()),
                        self.tr("mean {value}").format(value=number(report.load_mean, 2)), ink, vertical=True)
        return Painted(spots)

    def ranking(self, painter: QPainter, rect: QRectF, report: InsightReport, ink: Ink) -> int:
        """Named horizontal bars, most first, as many as fit (the print, when names are chosen); returns how
        many are shown."""
        row = ink.line("small") * 1.25
        shown = report.load[:max(0, int((rect.height() - 2 * row) // row))]  # a row for the mean, one for the rest
        name_w = rect.width() * 0.32
        value_w = ink.width("00,0", "small") + 2 * ink.mm
        scale = (rect.width() - name_w - value_w) / max(report.load_max, 1.0)
        for index, entry in enumerate(shown):
            top = rect.top() + index * row
            ink.text(painter, QRectF(rect.left(), top, name_w - 1 * ink.mm, row),
                     ink.elide(entry.person.name, name_w - 1.5 * ink.mm, "small"), Qt.AlignmentFlag.AlignLeft, "small")
            painter.fillRect(QRectF(rect.left() + name_w, top + row * 0.15, entry.effort * scale, row * 0.7), BAR)
            ink.text(painter, QRectF(rect.left() + name_w + entry.effort * scale + 1 * ink.mm, top, value_w, row),
                     number(entry.effort), Qt.AlignmentFlag.AlignLeft, "small", GREY)
        mean = rect.left() + name_w + report.load_mean * scale
        bottom = rect.top() + len(shown) * row
        self._mean_line(painter, QPointF(mean, rect.top()), QPointF(mean, bottom),
                        self.tr("mean {value}").format(value=number(report.load_mean, 2)), ink, vertical=True)
        if len(shown) < len(report.load):
            ink.text(painter, QRectF(rect.left(), bottom + row, rect.width(), row),
                     self.tr("… and %n more colleague(s) with less", "", len(report.load) - len(shown)),
                     Qt.AlignmentFlag.AlignLeft, "small", GREY)
        return len(shown)

    # -- a figure per quarter --------------------------------------------------------------------
    def trend(self, painter: QPainter, rect: QRectF, title: str, points: Sequence[tuple[str, float | None, str]],
              low: float, high: float, shown: Callable[[float | None], str], ink: Ink) -> Painted:
        """`points`: (quarter, value or None, words) in order; a line through the known values, from `low` to
        `high` on the axis (a line at zero when the axis crosses it)."""
        mm = ink.mm
        ink.text(painter, QRectF(rect.left(), rect.top(), rect.width(), ink.line("bold")), title,
                 Qt.AlignmentFlag.AlignLeft, "bold")
        axis_w = max(ink.width(shown(low), "small"), ink.width(shown(high), "small")) + 1.5 * mm
        plot = QRectF(rect.left() + axis_w, rect.top() + ink.line("bold") + ink.line("small"),
                      rect.width() - axis_w - 2 * mm, rect.height() - ink.line("bold") - 2.4 * ink.line("small"))

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / (high - low)

        for level in (low, (low + high) / 2, high):
            painter.setPen(QPen(INK if level == 0 else RULE, 0))
            painter.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)))
            ink.text(painter, QRectF(rect.left(), y(level) - ink.line("small") / 2, axis_w - 1 * mm,
                                     ink.line("small")), shown(level), Qt.AlignmentFlag.AlignRight, "small", GREY)
        if not points:
            return Painted([])
        width = plot.width() / len(points)
        path, drawing, spots = QPainterPath(), False, []
        dots = []
        for index, (label, value, words) in enumerate(points):
            x = plot.left() + (index + 0.5) * width
            ink.text(painter, QRectF(plot.left() + index * width, plot.bottom() + 0.5 * mm, width, ink.line("small")),
                     ink.elide(label, width, "small"), Qt.AlignmentFlag.AlignHCenter, "small", GREY)
            spots.append(Spot(QRectF(plot.left() + index * width, plot.top(), width, plot.height()), words))
            if value is None:
                drawing = False
                continue
            point = QPointF(x, y(value))
            path.lineTo(point) if drawing else path.moveTo(point)
            drawing = True
            dots.append((point, value))
        painter.setPen(QPen(BAR, max(1.5, 0.5 * mm)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QBrush(BAR))
        radius = max(2.5, 0.9 * mm)
        values_fit = width > ink.width(shown(high), "small") + 1 * mm
        for point, value in dots:
            painter.setPen(QPen(QColor("#ffffff"), max(1.0, 0.2 * mm)))
            painter.drawEllipse(point, radius, radius)
            if values_fit:
                ink.text(painter, QRectF(point.x() - width / 2, point.y() - radius - ink.line("small"), width,
                                         ink.line("small")), shown(value), Qt.AlignmentFlag.AlignHCenter, "small")
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return Painted(spots)
