"""The home view's list: a flat table with headings, roomy rows, and headings that span the width.

A table of rows with one height lays out a thousand rows without asking for each, as a tree would when it
opens a group; the home view is built at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView

from desktop.ui.calendar.models import SectionListModel

ROW_PADDING = 6  # px added to each row: a calm list, not a spreadsheet
GROUP_PADDING = 14  # px added to group rows: a visible break between sections



class SectionTable(QTableView):
    """A flat list with headings: rows of one height (headings a little taller), so a list of a thousand
    costs nothing to lay out. Call apply_sections() after the model's sections changed."""

    def __init__(self, model: SectionListModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in every form
        self.horizontalHeader().setHighlightSections(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4 + ROW_PADDING)
        self._spanning: dict[int, bool] = {}
        # Per cell: (text width with its dot, decoration width, font); measured once per set of rows, so a
        # resize only compares numbers (5,000 colleagues: some 700 rows, each resize step well under 50 ms).
        self._measured: dict[tuple[int, int], tuple[int, int, QFont]] = {}
        model.modelReset.connect(self._measured.clear)
        model.layoutChanged.connect(self._measured.clear)
        model.dataChanged.connect(self._measured.clear)

    # Measured with the font, not by asking the delegate for every cell: a thousand rows stay cheap. The
    # ColumnFitter (desktop/ui/columns.py) asks for these when the view is resized or the rows change.
    def sizeHintForColumn(self, column: int) -> int:
        model = self.model()
        widest = 0
        for row in range(min(model.rowCount(), 1000)):
            if row not in self._spanning:
                widest = max(widest, self._measure(row, column)[0])
        return widest + self._padding()

    def sizeHintForRow(self, row: int) -> int:
        height = self.verticalHeader().defaultSectionSize()
        if row in self._spanning:
            return height + (GROUP_PADDING - ROW_PADDING if self._spanning[row] else 0)
        model, lines, padding = self.model(), 1, self._padding()
        for column in range(model.columnCount()):
            width, decoration, font = self._measure(row, column)
            room = self.columnWidth(column) - padding - decoration
            if width > room > 0:
                metrics = QFontMetrics(font)
                wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap),
                                               str(model.index(row, column).data()))
                lines = max(lines, -(-wrapped.height() // metrics.height()))
        return height + (lines - 1) * self.fontMetrics().height()

    def _measure(self, row: int, column: int) -> tuple[int, int, QFont]:
        known = self._measured.get((row, column))
        if known is None:
            index = self.model().index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole)
            font = font if isinstance(font, QFont) else self.font()
            shown, decoration = index.data(), self._decoration(index)
            width = QFontMetrics(font).horizontalAdvance(str(shown)) + decoration if shown else 0
            known = self._measured[(row, column)] = (width, decoration, font)
        return known

    def _decoration(self, index) -> int:
        if index.data(Qt.ItemDataRole.DecorationRole) is None:
            return 0
        size = self.iconSize()  # unset: the style's small icon, as the delegate paints it
        return (size.width() if size.isValid() else
                self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)) + 4

    def _padding(self) -> int:
        return 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 2

    def apply_sections(self) -> None:
        """Headings and "nothing here" rows span the whole width; headings stand apart from the rows above.
        Row heights outlive a model reset, so the rows that were headings before get their height back."""
        model: SectionListModel = self.model()  # type: ignore[assignment]
        self._measured.clear()
        self.clearSpans()
        self._spanning = dict(model.spanning_rows())
        for row in self._spanning:
            self.setSpan(row, 0, 1, model.columnCount())
        self.resizeRowsToContents()
