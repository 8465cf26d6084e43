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

from desktop.models.coming_up import forgotten, home_reach
from desktop.models.plans import is_planned
from desktop.models.reach import Reach
from desktop.store.celebrations import Celebrations
from desktop.store.plan_keys import plan_refs
from desktop.ui.calendar.coming_up_view import ComingUpView, attention_summary
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.welcome import DemoBar, EmptyHint, WelcomePanel
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.ui.clock import Clock


class Pages(QTabWidget):
    """Signals:
        colleague_activated(int): an occasion was double-clicked in the home view or the calendar.
        plan_requested(object): Plan… on an occasion of the home view (a models.occasions.Occasion).
        chosen(str): a way in chosen on the welcome, an empty page's hint or the demo bar (desktop.ui.welcome).
        attention_changed(): what needs attention was worked out anew (new data or a new day); the banner and
            the tray icon show it.
    """

    colleague_activated = Signal(int)
    plan_requested = Signal(object)
    chosen = Signal(str)
    attention_changed = Signal()

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
        self.coming_up.plan_requested.connect(self.plan_requested)
        self.demo_bar = DemoBar()
        self.demo_bar.chosen.connect(self.chosen)
        self.welcome: WelcomePanel | None = None  # built for a file without colleagues
        home = QWidget()
        self.home_layout = layout = QVBoxLayout(home)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.demo_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.coming_up, 1)
        self.calendar = self.planning = self.budget = self.colleagues = self.connections = None
        self.calendar_holder, self.planning_holder, self.budget_holder = QWidget(), QWidget(), QWidget()
        self.colleagues_holder, self.connections_holder = QWidget(), QWidget()
        self.hints: dict[QWidget, EmptyHint] = {}  # what each page says while it would be empty
        for holder in (self.calendar_holder, self.planning_holder, self.colleagues_holder, self.budget_holder,
                       self.connections_holder):
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.hints[holder] = hint = EmptyHint()
            hint.chosen.connect(self.chosen)
            holder_layout.addWidget(hint)
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
        missing = forgotten(self.workspace.register.colleagues_without_birth_date(), self.workspace.records(), today,
                            self.workspace.policy())
        self.coming_up.set_source(self.source, lambda occasion: is_planned(planned, occasion),
                                  self.workspace.gift_rules(), missing)
        if self.calendar is not None:
            self.calendar.set_source(self.source)
        if self.colleagues is not None:
            self.colleagues.set_source(self.source)
        self._update_banner()
        self._update_empty()

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
        self._update_empty()

    def _update_banner(self) -> None:
        """The start-up reminder, kept current: what needs a plan first, and who would go a year uncelebrated."""
        parts = [attention_summary(self.coming_up.coming_up(), self.source)]
        missing = len(self.coming_up.forgotten())
        if missing:
            parts.append(self.tr("%n colleague(s) would go a year without a celebration (see Needs attention).", "",
                                 missing))
        summary = " ".join(part for part in parts if part) or None
        self.banner.setText(summary or "")
        self.banner.setVisible(summary is not None)
        self.attention_changed.emit()

    def set_demo(self, demo: bool) -> None:
        """The demo organisation is open: say so, with the way back to the user's own file."""
        self.demo_bar.setVisible(demo)

    def _update_empty(self) -> None:
        """A file without colleagues: the welcome instead of the home view, and every page says what to do."""
        empty = self.workspace.colleague_count() == 0
        if empty and self.welcome is None:
            self.welcome = WelcomePanel()
            self.welcome.chosen.connect(self.chosen)
            self.home_layout.addWidget(self.welcome, 1)
        if self.welcome is not None:
            self.welcome.setVisible(empty)
        self.coming_up.setVisible(not empty)
        hints = self.hints
        if empty:
            for holder, page_text in (
                (self.calendar_holder, self.tr("The calendar shows every birthday, jubileum and recorded occasion "
                                               "of your colleagues.")),
                (self.planning_holder, self.tr("Planning proposes organisers, an idea and a budget for every "
                                               "occasion of your colleagues.")),
                (self.colleagues_holder, self.tr("Your colleagues are listed here.")),
                (self.budget_holder, self.tr("The budget adds up what the celebrations cost.")),
                (self.connections_holder, self.tr("Connections shows how celebrations tie the departments "
                                                  "together.")),
            ):
                hints[holder].no_colleagues(page_text)
                hints[holder].show()
            return
        for holder in (self.calendar_holder, self.planning_holder, self.colleagues_holder, self.connections_holder):
            hints[holder].hide()
        unplanned = self.budget is not None and not Celebrations(self.workspace.register.db).count()
        if unplanned:
            hints[self.budget_holder].setText(self.tr(
                "No celebrations are planned yet. <a href=\"plan\">Plan the coming months…</a> proposes organisers, "
                "an idea and a budget for each occasion; the budget then adds them up here."))
        hints[self.budget_holder].setVisible(unplanned)
