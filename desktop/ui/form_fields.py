"""Small builders for forms whose fields show their own problem right underneath."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.dates import display_date

ERROR_STYLE = "color: #b3261e;"  # a red that stays readable on light and dark palettes


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """`widget` with `error` underneath, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    grow_to_fit(label.window())


def grow_to_fit(window: QWidget) -> None:
    """An open dialog grows when a wrapped message appears in it: Qt gives a window the height its layout asks
    for one-line texts, so a message on two lines would be clipped top and bottom."""
    layout = window.layout()
    if not window.isVisible() or layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > window.height():
        window.resize(window.width(), needed)


def date_text(day: date | None) -> str:
    return display_date(day)
