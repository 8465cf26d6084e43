"""Tree rows that span every column and wrap their text at the tree's width instead of being cut off: the
organisers' reasons under each occasion in "Plan the coming months"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_MARGIN = 4  # pixels of text margin, as Qt's own item text keeps


class SpanningTextDelegate(QStyledItemDelegate):
    """Measures and paints a tree's child rows (their first column spanning the row) with word wrap; the rows
    grow to the lines they need and are laid out again when the tree changes width."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self._tree = tree
        self._width = tree.viewport().width()
        tree.viewport().installEventFilter(self)

    @staticmethod
    def _wraps(index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.parent().isValid() and index.column() == 0

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the row's text is painted in: the viewport less the row's indentation and the margins."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self._tree.indentation() * (depth + (1 if self._tree.rootIsDecorated() else 0))
        return max(80, self._tree.viewport().width() - indent - 2 * _MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        if not self._wraps(index):
            return base
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, self._text_width(index), 1_000_000),
                                                 int(Qt.TextFlag.TextWordWrap), str(index.data() or ""))
        return QSize(base.width(), max(base.height(), bounds.height() + 4))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if not self._wraps(index):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)  # background
        painter.save()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected or foreground is None:
            painter.setPen(item.palette.color(QPalette.ColorRole.HighlightedText if selected
                                              else QPalette.ColorRole.Text))
        else:
            painter.setPen(foreground.color() if hasattr(foreground, "color") else foreground)
        painter.drawText(item.rect.adjusted(_MARGIN, 0, -_MARGIN, 0),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         text)
        painter.restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._tree.viewport().width() != self._width:
            self._width = self._tree.viewport().width()
            self._tree.doItemsLayout()  # the rows' heights follow the new width
        return False
