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
    return f"{STAR}\u00a0{label}" if occasion.milestone else label  # the star stays with the name


def more_label(count: int) -> str:
    return QCoreApplication.translate("CalendarChip", "+{count} more").format(count=count)


CHIP_TEXT_MARGINS = (6, 3)  # px left of the text (beside the accent stripe) and right of it
MAX_CHIP_LINES = 4


def chip_font(occasion: Occasion, font: QFont, bold_font: QFont) -> QFont:
    used = bold_font if occasion.milestone else font
    if occasion.quiet:
        used = QFont(used)
        used.setItalic(True)
    return used


def chip_lines(label: str, metrics: QFontMetrics, width: int, most: int = MAX_CHIP_LINES) -> list[str]:
    """`label` broken into at most `most` lines of `width`, at spaces (a word too long for a line is broken
    after a hyphen, else where it must); only what still does not fit on the last line ends in "…"."""
    words = label.split(" ")
    lines: list[str] = []
    while words and len(lines) < most - 1:
        current = ""
        while words:
            attempt = f"{current} {words[0]}" if current else words[0]
            if metrics.horizontalAdvance(attempt) <= width:
                current = attempt
                words.pop(0)
                continue
            if not current:  # one word wider than the line ("Heuvel-Vermeulen"): as much of it as fits
                word = words[0]
                fits = max((n for n in range(1, len(word) + 1) if metrics.horizontalAdvance(word[:n]) <= width),
                           default=1)
                hyphen = word.rfind("-", 0, fits)
                cut = hyphen + 1 if hyphen > 0 else fits
                current, words[0] = word[:cut], word[cut:]
            break
        lines.append(current)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def paint_chip(
    painter: QPainter, rect: QRect, occasion: Occasion, label: str, font: QFont, bold_font: QFont, dimmed: bool = False,
    lines: int = 1,
) -> bool:
    """One chip filling `rect`, its label on up to `lines` lines; the caller has set nothing on the painter that
    this relies on. True when the whole label is shown (nothing elided)."""
    background, accent = chip_colours(occasion.kind, occasion.milestone)
    if dimmed:
        background, accent = _faded(background), _faded(accent)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(rect), 3, 3)
    painter.setBrush(accent)
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
    used = chip_font(occasion, font, bold_font)
    painter.setFont(used)
    painter.setPen(QColor("#8a8f96") if dimmed else QColor("#202124"))
    text_rect = rect.adjusted(CHIP_TEXT_MARGINS[0], 0, -CHIP_TEXT_MARGINS[1], 0)
    shown = chip_lines(label, QFontMetrics(used), text_rect.width(), lines)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "\n".join(shown))
    return is_whole(shown, label)


def is_whole(lines: list[str], label: str) -> bool:
    """Whether `lines` show all of `label` (broken at spaces or inside a long word, never shortened)."""
    return "".join(lines).replace(" ", "") == label.replace(" ", "")


def _faded(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(110)
    return faded
