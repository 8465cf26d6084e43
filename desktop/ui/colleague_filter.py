"""Search-as-you-type over name, department and e-mail, case- and accent-insensitive."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.ui.colleague_model import ColleagueTableModel, quick_fold


class ColleagueFilterProxy(QSortFilterProxyModel):
    """Filters rows on every word of the search text; sorting is delegated to the source model.

    Each row's folded search text is made once, so a keystroke costs one substring test per row and word.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_search(self, text: str) -> None:
        words = tuple(quick_fold(text).split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        text = self._model().search_text(source_row)
        return all(word in text for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts with precomputed keys; the proxy keeps the source's order (its sort column stays -1).
        self._model().sort(column, order)

    def _model(self) -> ColleagueTableModel:
        return self.sourceModel()  # type: ignore[return-value]
