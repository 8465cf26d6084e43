"""How occasions look: one calm colour per kind, the milestone star, short Dutch-style dates.

Colour is never the only cue: every chip also carries text (the name and a short kind tag), and the legend
names each colour.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from desktop.models.occasions import Kind

CTX = "CalendarStyle"
STAR = "\u2605"  # ★ marks a milestone next to bold text and a stronger colour

# (chip background, accent) per kind: soft tints readable with dark text, accents for the stripe and dot.
KIND_COLOURS: dict[Kind, tuple[str, str]] = {
    Kind.BIRTHDAY: ("#fdeccf", "#d98a00"),
    Kind.WORK_ANNIVERSARY: ("#dcebfb", "#2f74c0"),
    Kind.FIRST_DAY: ("#dcf2e3", "#2e8b57"),
    Kind.FAREWELL: ("#ece4f7", "#7d55b5"),
    Kind.BIRTH: ("#fbe1ec", "#c2497e"),
    Kind.WEDDING: ("#f9e0dc", "#c0503d"),
    Kind.GET_WELL: ("#d9f1f1", "#1f8a8a"),
    Kind.CONDOLENCE: ("#e6e6e6", "#5f6368"),
    Kind.CUSTOM: ("#eeeccf", "#8a7d12"),
    Kind.MONTHLY_TREAT: ("#fde4d0", "#c8642a"),
}
TODAY_COLOUR = QColor("#2f74c0")
WEEKEND_COLOUR = QColor("#f4f5f7")
HOLIDAY_COLOUR = QColor("#fff1ec")
HOLIDAY_TEXT_COLOUR = QColor("#b3472b")
OUTSIDE_COLOUR = QColor("#fafafa")
GRID_COLOUR = QColor("#dadce0")
DIM_TEXT_COLOUR = QColor("#9aa0a6")
MILESTONE_TEXT_COLOUR = QColor("#7a3e00")
QUIET_COLOUR = QColor("#6b6f76")


def chip_colours(kind: Kind, milestone: bool = False) -> tuple[QColor, QColor]:
    """(background, accent); a milestone gets a stronger background so it stands out in a busy day."""
    background, accent = (QColor(value) for value in KIND_COLOURS[kind])
    if milestone:
        background = QColor(background).darker(112)
    return background, accent


@cache
def kind_icon(kind: Kind, milestone: bool = False, size: int = 12) -> QPixmap:
    """A small filled dot in the kind's colour (a star-shaped ring for milestones) for lists and legends.

    A pixmap rather than a QIcon: item views and labels take either, and QIcon's type costs start-up a
    millisecond and a half."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _, accent = chip_colours(kind)
    painter.setPen(accent.darker(130) if milestone else Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    inset = 1 if milestone else 2
    painter.drawEllipse(inset, inset, size - 2 * inset - 1, size - 2 * inset - 1)
    painter.end()
    return pixmap


def short_date(day: date) -> str:
    """Weekday, day and month the Dutch way: "za 5 dec" (English: "Sat 5 Dec"), without CLDR's trailing dots."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
    return text.replace(".", "")


def short_date_year(day: date) -> str:
    return f"{short_date(day)} {day.year}"


def month_title(year: int, month: int) -> str:
    """ "november 2026" in Dutch, "November 2026" in English: the locale decides the capital."""
    return f"{QLocale().standaloneMonthName(month)} {year}"


def quiet_tag() -> str:
    return QCoreApplication.translate("CalendarStyle", "quiet")


def quiet_tooltip() -> str:
    return QCoreApplication.translate(
        "CalendarStyle", "Celebrate quietly: visible to you only, never on shared outputs"
    )
