"""The window's toolbar: the frequent actions of the page shown, with icons and their text beside them,
changing with the page (home: Plan…, Record occasion, Print month; colleagues: Add, Edit, Import; ...).

The window's own actions (menus and toolbar share them) are named by attribute; the actions that belong to a
page (Plan…, Plan the coming months…, Ask organisers…) are made here and call into that page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from desktop.ui import icons

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SEPARATOR = None
# Per page, in tab order (coming up, calendar, planning, colleagues, budget): the window's action attributes, or
# this toolbar's own (plan_action, plan_months_action, ask_action); SEPARATOR between groups.
PAGE_ACTIONS: tuple[tuple[str | None, ...], ...] = (
    ("plan_action", "record_action", SEPARATOR, "print_month_action"),
    ("record_action", SEPARATOR, "print_month_action"),
    ("plan_months_action", "ask_action", SEPARATOR, "print_month_action"),
    ("add_action", "edit_action", "delete_action", SEPARATOR, "import_action", "departments_action"),
    ("plan_months_action", "gift_policy_action"),
    ("print_connections_action", SEPARATOR, "plan_months_action"),
)
OWN_ICONS = {"plan_action": "document-edit", "plan_months_action": "view-calendar", "ask_action": "mail-send"}


class PageToolbar(QToolBar):
    def __init__(self, window: MainWindow):
        super().__init__(self.tr("Toolbar"), window)
        self.window_ = window
        self.setObjectName("page_toolbar")
        # Icons alone are a puzzle to a newcomer: each says what it does beside it.
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMovable(False)
        self.plan_action = self._own(self.tr("Plan…"), self.plan,
                                     self.tr("Plan the selected occasion, else the first that needs attention"))
        self.plan_months_action = self._own(self.tr("Plan the coming months…"), self.plan_months,
                                            self.tr("Propose organisers, an idea and a budget for every occasion "
                                                    "of a period that has no plan yet"))
        self.ask_action = self._own(self.tr("Ask organisers…"), self.ask_organisers,
                                    self.tr("Write to the organisers of the selected plan in your mail program"))
        for name, icon_name in OWN_ICONS.items():
            getattr(self, name).setIcon(icons.icon(icon_name))
        self._planning_followed = None  # the planning view whose selection the toolbar follows
        pages = window.pages
        pages.currentChanged.connect(self.show_page)
        pages.coming_up.view.selectionModel().selectionChanged.connect(self.update_actions)
        window.workspace.data_changed.connect(self.update_actions)
        self.show_page(pages.currentIndex())

    def _own(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def action_named(self, name: str) -> QAction:
        return getattr(self, name) if name in OWN_ICONS else getattr(self.window_, name)

    def show_page(self, index: int) -> None:
        """The actions of page `index` (the pages' tab order)."""
        self.clear()
        for name in PAGE_ACTIONS[index] if 0 <= index < len(PAGE_ACTIONS) else ():
            if name is SEPARATOR:
                self.addSeparator()
            else:
                self.addAction(self.action_named(name))
        planning = self.window_.pages.planning  # built when first shown (before this slot runs)
        if planning is not None and planning is not self._planning_followed:
            self._planning_followed = planning
            planning.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        pages = self.window_.pages
        has_colleagues = self.window_.workspace.colleague_count() > 0
        self.plan_action.setEnabled(self._occasion_to_plan() is not None)
        self.plan_months_action.setEnabled(has_colleagues)
        self.ask_action.setEnabled(pages.planning is not None and pages.planning.ask_button.isEnabled())

    def _occasion_to_plan(self):
        coming_up = self.window_.pages.coming_up
        selected = coming_up.selected_occasion()
        if selected is not None:
            return selected
        attention = coming_up.coming_up().attention
        return attention[0].occasion if attention else None

    # -- what the page actions do --------------------------------------------------------------
    def plan(self) -> None:
        occasion = self._occasion_to_plan()
        if occasion is not None:
            self.window_.plan_occasion(occasion)

    def plan_months(self) -> None:
        from desktop.ui.planning.plan_months_dialog import plan_coming_months

        window = self.window_
        if plan_coming_months(window, window.workspace, window.clock.today()) and window.pages.planning is not None:
            window.pages.planning.refresh()

    def ask_organisers(self) -> None:
        planning = self.window_.pages.planning
        if planning is not None:
            planning.ask_organisers()
