"""The small coloured chips a calendar day shows: a tinted rounded box, an accent stripe and a short text.

The text always says what it is ("Eva Smit 12,5 jr", "Jan Bos leaves"), so colour is never the only cue;
a milestone is bold, starred and on a stronger tint.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from desktop.i18n import text
from desktop.models.labels import kind_name
from desktop.models.occasions import Kind, Occasion
from desktop.ui.calendar.style import STAR, chip_colours

CTX = "CalendarChip"


def years_text(years: Fraction) -> str:
    return str(years.numerator) if years.denominator == 1 else QLocale().toString(float(years), "f", 1)


def chip_label(occasion: Occasion, name: str) -> str:
    """A few words: the name and what kind of day it is."""
    kind = occasion.kind
    if kind is Kind.BIRTHDAY:
        if occasion.age is not None:
            label = QCoreApplication.translate("CalendarChip", "{name} {age}").format(name=name, age=occasion.age)
        else:
            label = QCoreApplication.translate("CalendarChip", "{name}, birthday").format(name=name)
    elif kind is Kind.WORK_ANNIVERSARY and occasion.years is not None:
        label = QCoreApplication.translate("CalendarChip", "{name} {years} yrs").format(
            name=name, years=years_text(occasion.years)
        )
    elif kind is Kind.FIRST_DAY:
        label = QCoreApplication.translate("CalendarChip", "{name} starts").format(name=name)
    elif kind is Kind.FAREWELL:
        label = QCoreApplication.translate("CalendarChip", "{name} leaves").format(name=name)
    elif kind is Kind.CUSTOM:
        label = occasion.title or text(kind_name(kind))
    elif name:
        label = QCoreApplication.translate("CalendarChip", "{kind}: {name}").format(
            kind=text(kind_name(kind)), name=name
        )
    else:
        label = text(kind_name(kind))
    return f"{STAR} {label}" if occasion.milestone else label


def more_label(count: int) -> str:
    return QCoreApplication.translate("CalendarChip", "+{count} more").format(count=count)


def paint_chip(
    painter: QPainter, rect: QRect, occasion: Occasion, label: str, font: QFont, bold_font: QFont, dimmed: bool = False
) -> None:
    """One chip filling `rect`; the caller has set nothing on the painter that this relies on."""
    background, accent = chip_colours(occasion.kind, occasion.milestone)
    if dimmed:
        background, accent = _faded(background), _faded(accent)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(rect), 3, 3)
    painter.setBrush(accent)
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
    used = bold_font if occasion.milestone else font
    if occasion.quiet:
        used = QFont(used)
        used.setItalic(True)
    painter.setFont(used)
    painter.setPen(QColor("#8a8f96") if dimmed else QColor("#202124"))
    text_rect = rect.adjusted(6, 0, -3, 0)
    elided = QFontMetrics(used).elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width())
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)


def _faded(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(110)
    return faded
