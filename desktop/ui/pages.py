"""The window's pages: the coming-up home view, the calendar and the colleagues table, in tabs.

The occasion views share one OccasionSource, rebuilt (once per burst of changes) whenever the file changes.
Only the home view is built at start-up, from the colleagues in reach of its weeks (models/reach.py); the
other pages are built when first opened, and the source then holds every colleague.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.models.coming_up import home_reach
from desktop.models.plans import is_planned
from desktop.models.reach import Reach
from desktop.store.plan_keys import plan_refs
from desktop.ui.calendar.coming_up_view import ComingUpView, attention_summary
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.ui.clock import Clock


class Pages(QTabWidget):
    """Signals:
        colleague_activated(int): an occasion was double-clicked in the home view or the calendar.
    """

    colleague_activated = Signal(int)

    def __init__(self, workspace: Workspace, clock: Clock, make_colleagues_page: Callable[[OccasionSource], QWidget],
                 parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.source = OccasionSource()  # filled by refresh() below, once everything is in place
        self._source_complete = False  # False: only the colleagues the home view needs
        self._make_colleagues_page = make_colleagues_page
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0c36b; border-radius: 4px;"
                                  " padding: 6px 10px; }")
        self.banner.hide()
        self.coming_up = ComingUpView(self.source, clock)
        self.coming_up.colleague_activated.connect(self.colleague_activated)
        home = QWidget()
        layout = QVBoxLayout(home)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.coming_up, 1)
        self.calendar = self.planning = self.budget = self.colleagues = self.connections = None
        self.calendar_holder, self.planning_holder, self.budget_holder = QWidget(), QWidget(), QWidget()
        self.colleagues_holder, self.connections_holder = QWidget(), QWidget()
        for holder in (self.calendar_holder, self.planning_holder, self.colleagues_holder, self.budget_holder,
                       self.connections_holder):
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self.addTab(home, self.tr("Coming up"))
        self.addTab(self.calendar_holder, self.tr("Calendar"))
        self.addTab(self.planning_holder, self.tr("Planning"))
        self.addTab(self.colleagues_holder, self.tr("Colleagues"))
        self.addTab(self.budget_holder, self.tr("Budget"))
        self.addTab(self.connections_holder, self.tr("Connections"))
        self.currentChanged.connect(self._page_shown)
        self._refresh_pending = False
        workspace.data_changed.connect(self._schedule_refresh)
        clock.day_changed.connect(self.refresh)  # the home view's weeks and plans move with the day
        self.refresh()

    def set_has_plan(self, has_plan: Callable) -> None:
        self.coming_up.set_has_plan(has_plan)
        self._update_banner()

    def colleagues_page(self) -> QWidget:
        """The Colleagues tab's page, built now if it was not yet (it reads every colleague)."""
        if self.colleagues is None:
            self.colleagues = self._make_colleagues_page(self.full_source())
            self.colleagues_holder.layout().addWidget(self.colleagues)
        return self.colleagues

    def show_colleagues(self) -> QWidget:
        self.setCurrentWidget(self.colleagues_holder)
        return self.colleagues_page()

    # -- keeping in step with the file --------------------------------------------------------
    def full_source(self) -> OccasionSource:
        """The source with every colleague, for the pages that look beyond the home view's weeks."""
        if not self._source_complete:
            self.workspace.model  # noqa: B018 - reads every colleague; refresh() then uses them all
            self.refresh()
        return self.source

    def _new_source(self, weeks: Reach) -> OccasionSource:
        workspace = self.workspace
        departments = {d.id: d.name for d in workspace.departments()}
        self._source_complete = workspace.model_loaded()
        if self._source_complete:
            colleagues = workspace.model.colleagues()
        else:
            colleagues = workspace.register.colleagues_in_reach(weeks)
        return OccasionSource(colleagues, workspace.records(), departments, policy=workspace.policy())

    def _schedule_refresh(self) -> None:
        if not self._refresh_pending:  # an import or undo may signal many times; rebuild once
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._refresh_pending = False
        today = self.clock.today()
        weeks, end = home_reach(today, self.workspace.policy(), self.workspace.gift_rules())
        self.source = self._new_source(weeks)
        planned = plan_refs(self.workspace.register.db, today, end)
        self.coming_up.set_source(self.source, lambda occasion: is_planned(planned, occasion),
                                  self.workspace.gift_rules())
        if self.calendar is not None:
            self.calendar.set_source(self.source)
        if self.colleagues is not None:
            self.colleagues.set_source(self.source)
        self._update_banner()

    def _page_shown(self, index: int) -> None:
        """The calendar, planning, budget and connections pages are built on first view: start-up need not pay
        for them."""
        page = self.widget(index)
        if page is self.colleagues_holder:
            self.colleagues_page()
        elif page is self.calendar_holder and self.calendar is None:
            from desktop.ui.calendar.calendar_page import CalendarPage

            self.calendar = CalendarPage(self.full_source(), self.clock)
            self.calendar.colleague_activated.connect(self.colleague_activated)
            page.layout().addWidget(self.calendar)
        elif page is self.planning_holder and self.planning is None:
            from desktop.ui.planning.planning_view import PlanningView

            self.planning = PlanningView(self.workspace, self.clock)
            self.planning.colleague_activated.connect(self.colleague_activated)
            page.layout().addWidget(self.planning)
        elif page is self.budget_holder and self.budget is None:
            from desktop.ui.planning.budget_view import BudgetView

            self.budget = BudgetView(self.workspace, self.clock)
            page.layout().addWidget(self.budget)
        elif page is self.connections_holder and self.connections is None:
            from desktop.ui.connections.page import ConnectionsPage

            self.connections = ConnectionsPage(self.workspace, self.clock)
            self.connections.colleague_activated.connect(self.colleague_activated)
            page.layout().addWidget(self.connections)

    def _update_banner(self) -> None:
        """The start-up reminder, kept current: what needs a plan first."""
        summary = attention_summary(self.coming_up.coming_up(), self.source)
        self.banner.setText(summary or "")
        self.banner.setVisible(summary is not None)
