"""Plan the coming months: an organiser's reasons wrap at the dialog's width instead of being cut off, and
unwrap when it is made wider."""

from __future__ import annotations

from datetime import date

from desktop.exchange.demo import write_demo
from desktop.ui.planning.plan_months_dialog import PlanMonthsDialog

TODAY = date(2026, 11, 28)


def _longest_reason(tree):
    model = tree.model()
    children = [model.index(row, 0, model.index(top, 0)) for top in range(model.rowCount())
                for row in range(model.rowCount(model.index(top, 0)))]
    metrics = tree.fontMetrics()
    return max(children, key=lambda index: metrics.horizontalAdvance(index.data()))


def test_long_reasons_wrap_and_unwrap(qtbot, register):
    write_demo(register, people=120, seed=2, today=TODAY)
    dialog = PlanMonthsDialog(register, TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    index = _longest_reason(tree)
    line = tree.fontMetrics().lineSpacing()
    assert tree.fontMetrics().horizontalAdvance(index.data()) > tree.viewport().width()  # would not fit
    qtbot.waitUntil(lambda: tree.visualRect(index).height() >= 2 * line)  # so it takes two lines or more
    dialog.resize(3000, 600)
    qtbot.waitUntil(lambda: tree.viewport().width() > tree.fontMetrics().horizontalAdvance(index.data()) + 100)
    qtbot.waitUntil(lambda: tree.visualRect(index).height() < 2 * line)  # one line again
