"""Choosing the period of the connection figures: the last twelve months (up to today), this year, last year,
or from and to as typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.exchange.insight_report import Preset, preset_period
from desktop.models.dates import DISPLAY_FORMAT_QT
from desktop.render.month_pages import qdate


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodChooser(QWidget):
    """Signals:
        changed(): the period is another one (a preset chosen, a date typed, a preset's new day).
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.preset_box = QComboBox()
        # Item data holds the preset's value (a StrEnum comes back from Qt as a plain str).
        for preset, name in ((Preset.LAST_12_MONTHS, self.tr("Last 12 months")),
                             (Preset.THIS_YEAR, self.tr("This year")), (Preset.LAST_YEAR, self.tr("Last year")),
                             (Preset.CHOSEN, self.tr("From – to"))):
            self.preset_box.addItem(name, preset.value)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_edit, self.tr("First day of the period")),
                           (self.to_edit, self.tr("Last day of the period"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DISPLAY_FORMAT_QT)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._typed)
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.preset_box)
        from_label, to_label = QLabel(self.tr("&from")), QLabel(self.tr("&to"))
        from_label.setBuddy(self.from_edit)
        to_label.setBuddy(self.to_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.preset_box, from_label, self.from_edit, to_label, self.to_edit):
            layout.addWidget(widget)
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        self._preset_chosen()

    def preset(self) -> Preset:
        return Preset(self.preset_box.currentData())

    def period(self) -> tuple[date, date]:
        return _day(self.from_edit.date()), _day(self.to_edit.date())

    def set_period(self, start: date, end: date) -> None:
        """Show `start` to `end` as typed dates (a preset that gives just these stays chosen)."""
        for preset in Preset:
            if preset_period(preset, self._today) == (start, end):
                self.preset_box.setCurrentIndex(self.preset_box.findData(preset.value))
                return
        self.preset_box.setCurrentIndex(self.preset_box.findData(Preset.CHOSEN.value))
        self._show(start, end)
        self.changed.emit()

    def set_today(self, today: date) -> None:
        """A new day: a preset moves with it (the last twelve months end today); typed dates stay."""
        self._today = today
        if self.preset() is not Preset.CHOSEN:
            self._preset_chosen()

    def _show(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self) -> None:
        period = preset_period(self.preset(), self._today)
        if period is not None:
            self._show(*period)
        self.changed.emit()

    def _typed(self) -> None:
        if self.preset() is not Preset.CHOSEN:
            self.preset_box.blockSignals(True)
            self.preset_box.setCurrentIndex(self.preset_box.findData(Preset.CHOSEN.value))
            self.preset_box.blockSignals(False)
        self.changed.emit()
