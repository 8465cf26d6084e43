"""The planning tab: coming occasions with their plans, filtered by status, and the planning actions."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.plans import PlanningItem, organiser_title, plan_book, status_counts, treat_dietary
from desktop.i18n import text
from desktop.models.celebration import Status
from desktop.models.consent import dietary_instruction
from desktop.store.file_settings import read_settings
from desktop.ui.calendar.style import short_date_year
from desktop.ui.columns import fit_columns
from desktop.ui.workspace import Workspace

from .follows_file import FollowsFile
from .mail import ask_organisers
from .models import ITEM_ROLE, PlanColumn, PlanningTableModel, StatusFilter, stale_explanation, stale_status
from .plan_commands import DeleteCelebration
from .plan_editor import edit_plan
from .plan_months_dialog import plan_coming_months
from .texts import status_name

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

# (key, days back from today, days ahead)
PERIODS = (("next30", 0, 30), ("next90", 0, 90), ("next365", 0, 365), ("last90", 90, 0))
DEFAULT_PERIOD = "next90"


class PlanningView(FollowsFile, QWidget):
    """Upcoming occasions by status; Enter or a double-click opens the plan editor. Changes go through the
    workspace's undo stack, and the list follows every step of it (undo and redo too).

    Signals:
        colleague_activated(int): "Show colleague" for the selected occasion's colleague.
    """

    colleague_activated = Signal(int)

    def __init__(self, workspace: Workspace, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self._stale = True
        self.period_box = QComboBox()
        for key, label in zip((p[0] for p in PERIODS), (self.tr("Next 30 days"), self.tr("Next 90 days"),
                                                         self.tr("Next 12 months"), self.tr("Last 90 days")),
                              strict=True):
            self.period_box.addItem(label, key)
        self.period_box.setCurrentIndex(self.period_box.findData(DEFAULT_PERIOD))
        self.status_box = QComboBox()
        self.status_box.addItem("", None)
        for status in Status:
            self.status_box.addItem("", status.value)
        self.model = PlanningTableModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PlanColumn.DAY, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        # Organisers, occasion and what to do share the room the day, budget and state leave, wrapping.
        fit_columns(self.table, PlanColumn.ORGANISERS, PlanColumn.OCCASION, PlanColumn.WHAT)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit_button = QPushButton(self.tr("Edi&t plan…"))
        self.plan_button = QPushButton(self.tr("&Plan the coming months…"))
        self.ask_button = QPushButton(self.tr("&Ask organisers…"))
        self.ask_button.setToolTip(self.tr("Write to the organisers of the selected plan in your mail program"))
        self.colleague_button = QPushButton(self.tr("Show &colleague"))
        self.delete_button = QPushButton(self.tr("&Delete plan…"))
        self.delete_button.setToolTip(self.tr("Delete the stored plan of the selected occasion (you can undo this)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period_box)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status_box)
        top.addStretch()
        top.addWidget(self.plan_button)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.ask_button, self.colleague_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_box.currentIndexChanged.connect(self._filter_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.edit_button.clicked.connect(self.edit_selected)
        self.plan_button.clicked.connect(self.plan_coming_months)
        self.ask_button.clicked.connect(self.ask_organisers)
        self.colleague_button.clicked.connect(self._show_colleague)
        self.delete_button.clicked.connect(self.delete_selected)
        self.follow(workspace)
        clock.day_changed.connect(self.mark_stale)  # the period counts from today
        self.refresh()

    # -- API -------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        key = self.period_box.currentData()
        _, back, ahead = next(p for p in PERIODS if p[0] == key)
        today = self.clock.today()
        return today - timedelta(days=back), today + timedelta(days=ahead)

    def set_period(self, key: str) -> None:
        self.period_box.setCurrentIndex(self.period_box.findData(key))

    def set_status_filter(self, status: Status | None) -> None:
        self.status_box.setCurrentIndex(self.status_box.findData(status.value if status else None))

    def items(self) -> list[PlanningItem]:
        """Every item of the period (whatever the filter), fresh from the file."""
        if self._stale:
            self.refresh()
        return list(self.model.items)

    def shown_items(self) -> list[PlanningItem]:
        """The rows as shown: filtered and sorted."""
        return [self.proxy.index(row, 0).data(ITEM_ROLE) for row in range(self.proxy.rowCount())]

    def selected_item(self) -> PlanningItem | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def select_key(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ITEM_ROLE).key == key:
                self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
                self.table.setCurrentIndex(index)
                return True
        return False

    def refresh(self) -> None:
        selected = self.selected_item()
        start, end = self.period()
        book = plan_book(self.workspace.register, start, end)
        items = book.items
        self.model.set_items(items, book.people, short_date_year)
        self._stale = False
        counts = status_counts(items)
        self.status_box.setItemText(0, self.tr("All (%n)", "", len(items)))
        for position, status in enumerate(Status, start=1):
            self.status_box.setItemText(position, f"{status_name(status)} ({counts[status]})")
        if selected is not None:
            self.select_key(selected.key)
        self._update_actions()

    # -- actions ---------------------------------------------------------------------------
    def edit_selected(self) -> bool:
        item = self.selected_item()
        if item is None:
            return False
        if item.stale:
            choice = self.ask_about_stale(item)
            if choice == "delete":
                return self.delete_selected(confirm=False)
            if choice != "edit":
                return False
        saved = edit_plan(self, self.workspace, item)
        if saved is not None:
            self.refresh()
            self.select_key(saved.occasion_key)
        return saved is not None

    def plan_coming_months(self) -> bool:
        done = plan_coming_months(self, self.workspace, self.clock.today())
        if done:
            self.refresh()
        return done

    def ask_organisers(self) -> bool:
        """Write to the organisers: the occasion as colleagues may see it (the celebrant's consent), no notes."""
        item = self.selected_item()
        if item is None or item.celebration is None:
            return False
        if item.stale:
            QMessageBox.information(self, self.tr("Ask organisers"), self.tr(
                "The occasion of this plan has moved or no longer exists. Plan it again on its new date, or "
                "delete this plan."))
            return False
        people = {c.id: c for c in self.workspace.register.colleagues() if c.id is not None}
        shown = organiser_title(item)
        register = self.workspace.register
        if item.monthly_treat:
            dietary = treat_dietary(register, item.celebration)
        else:  # the celebrant's own need, as the organiser mails of `remind` say it
            dietary = dietary_instruction([item.colleague] if item.colleague is not None else [])
        return ask_organisers(self, item.celebration, text(shown) if shown is not None else None, people, dietary,
                              read_settings(register.db))

    def delete_selected(self, confirm: bool = True) -> bool:
        """Delete the selected item's stored plan as one undoable step; asks first unless told not to."""
        item = self.selected_item()
        if item is None or item.celebration is None:
            return False
        title = text(item.title)
        if confirm and QMessageBox.question(
            self, self.tr("Delete plan"),
            self.tr("Delete the plan for {title}? You can undo this with Edit › Undo.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return False
        done = self.workspace.push(DeleteCelebration(self.workspace, item.celebration, title))
        if done:
            self.refresh()
        return done

    def ask_about_stale(self, item: PlanningItem) -> str | None:
        """A plan whose occasion moved or is gone: "delete", "edit" (anyway) or None (cancel)."""
        box = QMessageBox(QMessageBox.Icon.Warning, stale_status(),
                          self.tr("The occasion of the plan “{title}” has moved or no longer exists.")
                          .format(title=text(item.title)), QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(stale_explanation())
        delete = box.addButton(self.tr("Delete plan"), QMessageBox.ButtonRole.DestructiveRole)
        edit = box.addButton(self.tr("Edit anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "delete" if clicked is delete else "edit" if clicked is edit else None

    # -- inside --------------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        value = self.status_box.currentData()
        self.proxy.set_status(Status(value) if value else None)
        self._update_actions()

    def _show_colleague(self) -> None:
        item = self.selected_item()
        if item is not None and item.colleague_id is not None:
            self.colleague_activated.emit(item.colleague_id)

    def _update_actions(self) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.ask_button.setEnabled(item is not None and item.celebration is not None
                                   and bool(item.celebration.organisers))
        self.colleague_button.setEnabled(item is not None and item.colleague_id is not None)
        self.delete_button.setEnabled(item is not None and item.celebration is not None)
        self.empty.setVisible(self.proxy.rowCount() == 0)
        self.empty.setText(self.tr("Nothing in this period: choose a longer period above, or record an occasion.")
                           if not self.model.items else
                           self.tr("Nothing with this status in this period: choose All above to see everything."))
