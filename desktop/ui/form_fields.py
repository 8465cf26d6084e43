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


def date_text(day: date | None) -> str:
    return display_date(day)
