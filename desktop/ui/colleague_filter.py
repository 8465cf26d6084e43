"""Search-as-you-type over name, department and e-mail, case- and accent-insensitive."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QModelRoleDataSpan, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.ui.colleague_model import ANSWERED_ROLES, ColleagueTableModel, quick_fold


class ColleagueFilterProxy(QSortFilterProxyModel):
    """Filters rows on every word of the search text; sorting is delegated to the source model.

    Each row's folded search text is made once, and a keystroke matches all rows in one Python loop; Qt's
    per-row callback then only looks the answer up.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._matched_texts: list[str] | None = None
        self._matches: list[bool] = []

    def set_search(self, text: str) -> None:
        words = tuple(quick_fold(text).split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._matched_texts = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        texts = self._model().search_texts()
        if texts is not self._matched_texts:  # new words or changed rows
            first, *others = self._words
            self._matches = [first in text for text in texts]  # one word is the common case: keep it cheap
            for word in others:
                self._matches = [match and word in text for match, text in zip(self._matches, texts, strict=True)]
            self._matched_texts = texts
        return self._matches[source_row]

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: QModelRoleDataSpan) -> None:
        """All roles of a cell in one call: a view paints each visible cell with seven roles, and calling from
        Qt into Python once per role made repainting after a keystroke cost more than filtering."""
        source = self.mapToSource(index)
        data = self._model().data
        for item in roleDataSpan:
            role = item.role()
            if role in ANSWERED_ROLES:
                item.setData(data(source, role))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts with precomputed keys; the proxy keeps the source's order (its sort column stays -1).
        self._model().sort(column, order)

    def _model(self) -> ColleagueTableModel:
        return self.sourceModel()  # type: ignore[return-value]
