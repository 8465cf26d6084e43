"""The home view: what needs a plan first (and who would go a year without a celebration), this week, and the
next 30 days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from desktop.i18n import text
from desktop.models.coming_up import ComingUp, ComingUpItem, Forgotten, coming_up, look_ahead
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule
from desktop.models.occasions import Occasion
from desktop.ui.calendar.models import COLLEAGUE_ID_ROLE, OCCASION_ROLE, Column, Group, SectionListModel
from desktop.ui.calendar.section_table import SectionTable
from desktop.ui.calendar.source import OccasionSource
from desktop.ui.calendar.style import QUIET_COLOUR, short_date, short_date_year
from desktop.ui.columns import fit_columns

if TYPE_CHECKING:
    from desktop.ui.clock import Clock

CTX = "ComingUpView"
COLUMNS = (Column.DATE, Column.OCCASION, Column.DETAIL, Column.DEPARTMENT, Column.NOTE)


def no_plan(_occasion: Occasion) -> bool:
    return False


def attention_line(item: ComingUpItem, source: OccasionSource) -> str:
    """One occasion that needs a plan: "Eva Smit 50 years (za 5 dec)" (the banner, the tray's menu)."""
    return f"{source.title(item.occasion)} ({short_date(item.occasion.date)})"


def attention_summary(coming: ComingUp, source: OccasionSource, limit: int = 3, *,
                      on_screen_for_others: bool = False) -> str | None:
    """The start-up reminder: "2 occasion(s) need a plan: Eva Smit 50 years (za 5 dec), ..."; None when all is
    planned. `on_screen_for_others` (a desktop notification, which a lock screen or a shared screen shows):
    colleagues who asked for no fuss (quiet) are counted, not named."""
    if not coming.attention:
        return None
    nameable = [item for item in coming.attention if not (on_screen_for_others and item.occasion.quiet)]
    named = [attention_line(item, source) for item in nameable[:limit]]
    if len(coming.attention) > len(named):
        named.append(
            QCoreApplication.translate("ComingUpView", "and {count} more").format(
                count=len(coming.attention) - len(named)))
    # A function, not a QObject: no tr() with plural forms (lupdate does not see them through translate()).
    if len(coming.attention) == 1:
        summary = QCoreApplication.translate("ComingUpView", "1 occasion needs a plan: {occasions}")
    else:
        summary = QCoreApplication.translate("ComingUpView", "{count} occasions need a plan: {occasions}")
    return summary.format(count=len(coming.attention), occasions=", ".join(named))


class ComingUpView(QWidget):
    """Three sections of the coming occasions, each row with its day, title and a one-line reason.

    `has_plan(occasion) -> bool` tells which occasions are planned already (none until plans exist).

    Signals:
        colleague_activated(int): a row was double-clicked or Enter was pressed on it (one that needs attention:
            plan_requested instead), or Show colleague chosen from its menu.
        plan_requested(object): Plan… for a row's occasion (models.occasions.Occasion): from its context menu,
            or Enter or a double-click on an occasion that needs attention.
    """

    colleague_activated = Signal(int)
    plan_requested = Signal(object)

    def __init__(
        self,
        source: OccasionSource | None,
        clock: Clock,
        has_plan: Callable[[Occasion], bool] = no_plan,
        parent=None,
    ):
        super().__init__(parent)
        self.source = source or OccasionSource()
        self._clock = clock
        self._has_plan = has_plan
        self._rules = DEFAULT_RULES
        self._coming = ComingUp([], [], [])
        self._forgotten: list[Forgotten] = []
        self.heading = QLabel(self.tr("Coming up"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.today_label = QLabel()
        self.today_label.setStyleSheet(f"color: {QUIET_COLOUR.name()};")
        self.model = SectionListModel(COLUMNS, self)
        self.view = SectionTable(self.model)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        # The occasion takes the room the short columns leave, wrapping rather than ending in "…".
        fit_columns(self.view, *(COLUMNS.index(c) for c in (Column.NOTE, Column.DEPARTMENT, Column.OCCASION)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.today_label)
        layout.addWidget(self.view, 1)
        self.refresh()
        clock.day_changed.connect(self.refresh)

    # -- API -------------------------------------------------------------------------------
    def set_source(self, source: OccasionSource, has_plan: Callable[[Occasion], bool] | None = None,
                   rules: tuple[GiftRule, ...] | None = None, forgotten: list[Forgotten] | None = None) -> None:
        """New data; `has_plan` tells which occasions are planned, `rules` hold the policy's lead times,
        `forgotten` the colleagues who would go a year without a celebration (models.coming_up.forgotten)."""
        self.source = source
        if has_plan is not None:
            self._has_plan = has_plan
        if rules is not None:
            self._rules = rules
        if forgotten is not None:
            self._forgotten = list(forgotten)
        self.refresh()

    def forgotten(self) -> list[Forgotten]:
        """The colleagues the view names under "Needs attention" for want of any occasion in the year ahead."""
        return list(self._forgotten)

    def set_has_plan(self, has_plan: Callable[[Occasion], bool]) -> None:
        self._has_plan = has_plan
        self.refresh()

    def coming_up(self) -> ComingUp:
        """What the view shows now (also the input of attention_summary)."""
        return self._coming

    def refresh(self) -> None:
        today = self._clock.today()
        found = self.source.occasions(today, today + timedelta(days=max(look_ahead(self._rules))))
        self._coming = coming_up(found, today, self._has_plan, self._rules)
        self.today_label.setText(self.tr("Today is {day}").format(day=short_date_year(today)))
        groups = [
            Group(
                self.tr("Needs attention"),
                self._rows(self._coming.attention)
                + [self.source.colleague_row(item.colleague, text(item.when), text(item.fix))
                   for item in self._forgotten],
                self.tr("Every milestone within its lead time has a plan. To plan further ahead, use Plan the "
                        "coming months… on the Planning page."),
            ),
            Group(
                self.tr("This week"),
                self._rows(self._coming.this_week),
                self.tr("Nothing to celebrate this week. The calendar shows what comes later."),
            ),
            Group(
                self.tr("Next 30 days"),
                self._rows(self._coming.next_days),
                self.tr("Nothing in the next 30 days. Record a birth, a wedding or an outing with Occasions › "
                        "Record occasion…"),
            ),
        ]
        self.model.set_groups(groups)
        self.view.apply_sections()

    def _rows(self, items: list[ComingUpItem]) -> list:
        return [self.source.row(item.occasion, text(item.reason)) for item in items]

    def selected_occasion(self) -> Occasion | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(OCCASION_ROLE) if rows else None

    def needs_attention(self, occasion: Occasion) -> bool:
        return any(item.occasion == occasion for item in self._coming.attention)

    def plan_selected(self) -> bool:
        """Plan… for the selected occasion; False when no occasion is selected."""
        occasion = self.selected_occasion()
        if occasion is not None:
            self.plan_requested.emit(occasion)
        return occasion is not None

    def _activated(self, index: QModelIndex) -> None:
        occasion = index.data(OCCASION_ROLE)
        if occasion is not None and self.needs_attention(occasion):
            self.plan_requested.emit(occasion)
            return
        colleague_id = index.data(COLLEAGUE_ID_ROLE)
        if colleague_id is not None:
            self.colleague_activated.emit(colleague_id)

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        occasion = index.data(OCCASION_ROLE)
        if occasion is None:
            return
        self.view.selectRow(index.row())
        menu = self.context_menu(index)
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu of one occasion's row: Plan…, and Show colleague when it has one."""
        occasion = index.data(OCCASION_ROLE)
        menu = QMenu(self)
        plan = menu.addAction(self.tr("&Plan…"), lambda: self.plan_requested.emit(occasion))
        menu.setDefaultAction(plan)
        colleague_id = index.data(COLLEAGUE_ID_ROLE)
        if colleague_id is not None:
            menu.addAction(self.tr("Show &colleague"), lambda: self.colleague_activated.emit(colleague_id))
        return menu
