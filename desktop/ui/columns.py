"""Columns sized by their contents: short columns (dates, amounts, states) exactly as wide as they need, the
long text columns sharing the rest of the width and wrapping onto more lines where even that is too narrow.
Nothing is cut off and nothing scrolls sideways, in either language and at any window size.

Row heights follow the wrapped text: Qt measures the rows of a tree or a table (views of a few hundred rows);
a table may answer sizeHintForRow itself when it can measure faster (the home view's SectionTable).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)


class WrappingDelegate(QStyledItemDelegate):
    """Measures a cell at the width it is shown in, so a tree's rows grow with their wrapped text (Qt asks the
    delegate without a width, which measures every text on one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        if isinstance(view, (QTreeView, QTableView)) and view.wordWrap():
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, max(1, cell_width(view, index)), 1)
        return super().sizeHint(option, index)


def cell_width(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> int:
    if not isinstance(view, (QTreeView, QTableView)):
        return view.viewport().width()
    width = view.columnWidth(index.column())
    if isinstance(view, QTreeView) and index.column() == 0:
        if view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
    return width


class ColumnFitter(QObject):
    """Keeps `view`'s columns fitted; `wrap` are the long text columns, the last of them takes any room left."""

    def __init__(self, view: QTableView | QTreeView, wrap: tuple[int, ...]):
        super().__init__(view)
        self.view, self.wrap = view, wrap
        self.header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        self.header.setStretchLastSection(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setWordWrap(True)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
            if type(view.itemDelegate()) is QStyledItemDelegate:
                view.setItemDelegate(WrappingDelegate(view))
        self._pending = False
        self._needed: dict[int, int] | None = None  # the columns' widths on one line, until the rows change
        view.viewport().installEventFilter(self)
        self.header.sectionCountChanged.connect(self.contents_changed)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self.contents_changed)
        self.schedule()

    def contents_changed(self, *_args) -> None:
        self._needed = None
        self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def schedule(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        header, view = self.header, self.view
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        wrap = [c for c in self.wrap if c in shown]
        remeasure = self._needed is None
        if self._needed is None or set(self._needed) != set(shown):
            view.setWordWrap(False)  # each text's own width on one line, not the width it wraps at now
            self._needed = {c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in shown}
            view.setWordWrap(True)
        needed = self._needed
        for column in shown:
            if column not in wrap:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, needed[column])
        room = view.viewport().width() - sum(needed[c] for c in shown if c not in wrap)
        least = {c: header.sectionSizeHint(c) for c in wrap}  # a column is never narrower than its title
        wanted = sum(needed[c] for c in wrap)
        if wanted <= room:
            widths = {c: needed[c] for c in wrap}
            if wrap:
                widths[wrap[-1]] += room - wanted
        else:
            spare = max(0, room - sum(least.values()))
            extra = sum(needed[c] - least[c] for c in wrap) or 1
            widths = {c: least[c] + spare * (needed[c] - least[c]) // extra for c in wrap}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
                remeasure = True
        if remeasure:  # the rows' heights follow the wrapped text
            self._measure_rows()

    def _measure_rows(self) -> None:
        view = self.view
        if isinstance(view, QTreeView):
            view.doItemsLayout()
        else:
            view.resizeRowsToContents()


def fit_columns(view: QAbstractItemView, *wrap: int) -> ColumnFitter:
    """Fit `view`'s columns from now on (see ColumnFitter)."""
    return ColumnFitter(view, tuple(wrap))  # type: ignore[arg-type]
