"""One colleague's occasions in the coming twelve months, for the colleague dialog or a side panel."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from desktop.ui.calendar.day_details import TwoLineDelegate
from desktop.ui.calendar.models import Column, OccasionListModel
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.style import QUIET_COLOUR, short_date_year

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

CTX = "ColleagueOccasions"
COLUMNS = (Column.DATE, Column.OCCASION, Column.DETAIL, Column.NOTE)


class DatedDelegate(TwoLineDelegate):
    """The occasion on the first line; its date, kind and how far off on the second (a narrow panel has no room
    for columns)."""

    def subtitle(self, index) -> str:
        day = index.siblingAtColumn(COLUMNS.index(Column.DATE)).data()
        return " · ".join(part for part in (day, super().subtitle(index)) if part)


def how_far(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("ColleagueOccasions", "today")
    if days == 1:
        return QCoreApplication.translate("ColleagueOccasions", "tomorrow")
    if days < 45:
        return QCoreApplication.translate("ColleagueOccasions", "in {days} days").format(days=days)
    return QCoreApplication.translate("ColleagueOccasions", "in about {months} months").format(
        months=round(days / 30.4)
    )


class ColleagueOccasions(QWidget):
    """The next 12 months of one colleague: birthday, jubilea, first or last day, recorded events."""

    def __init__(self, source: OccasionSource | None, clock: Clock, parent=None):
        super().__init__(parent)
        self.source = source or OccasionSource()
        self._clock = clock
        self._colleague_id: int | None = None
        self.model = OccasionListModel(COLUMNS, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setModelColumn(COLUMNS.index(Column.OCCASION))
        self.view.setItemDelegate(DatedDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # a wider or narrower panel measures its rows again
        self.heading = QLabel()  # whose occasions these are: the panel may sit far from the selected row
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {QUIET_COLOUR.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.refresh()
        clock.day_changed.connect(self.refresh)

    def set_source(self, source: OccasionSource) -> None:
        self.source = source
        self.refresh()

    def set_colleague(self, colleague_id: int | None, name: str = "") -> None:
        """Show this colleague (None: nobody, e.g. a colleague not saved yet); `name` heads the panel."""
        self._colleague_id = colleague_id
        self.heading.setText(self.tr("{name}: the coming 12 months").format(name=name) if name else "")
        self.heading.setVisible(bool(name))
        self.refresh()

    def refresh(self) -> None:
        found, today = [], self._clock.today()
        if self._colleague_id is not None:
            found = self.source.colleague_occasions(self._colleague_id, today, today + timedelta(days=365))
        # Twelve months reach into next year: the dates carry their year.
        rows = [
            self.source.row(occasion, how_far((occasion.date - today).days), short_date_year(occasion.date))
            for occasion in found
        ]
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if self._colleague_id is None:
            self.empty.setText(self.tr("Select a colleague to see their occasions of the coming 12 months."))
        else:
            self.empty.setText(
                self.tr("No occasions in the next 12 months (or the colleague asked not to be celebrated).")
            )
