"""Money planned and spent per month and per occasion kind in one year (Qt-free).

Planned is the budget of every celebration that is not skipped; spent is every recorded actual cost.
A celebration counts in the month of its celebration day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.models.celebration import Celebration, Status
from desktop.models.kinds import KIND_ORDER, Kind
from desktop.models.money import parse_euros


@dataclass
class BudgetCell:
    planned_cents: int = 0
    spent_cents: int = 0
    count: int = 0

    def add(self, celebration: Celebration) -> None:
        self.count += 1
        if celebration.status is not Status.SKIPPED:
            self.planned_cents += celebration.budget_cents
        if celebration.actual_cost_cents is not None:
            self.spent_cents += celebration.actual_cost_cents


@dataclass
class BudgetRow:
    month: int | None  # 1..12, None: the year's total
    total: BudgetCell = field(default_factory=BudgetCell)
    by_kind: dict[Kind, BudgetCell] = field(default_factory=dict)

    def cell(self, kind: Kind) -> BudgetCell:
        return self.by_kind.get(kind, BudgetCell())


@dataclass
class BudgetSummary:
    year: int
    kinds: list[Kind]  # the kinds with any celebration this year, in a fixed order
    rows: list[BudgetRow]  # twelve months, then the total

    @property
    def total(self) -> BudgetRow:
        return self.rows[-1]


def budget_summary(celebrations: Iterable[Celebration], year: int) -> BudgetSummary:
    rows = [BudgetRow(month) for month in range(1, 13)]
    total = BudgetRow(None)
    kinds: set[Kind] = set()
    for celebration in celebrations:
        if celebration.celebration_date.year != year:
            continue
        kinds.add(celebration.kind)
        for row in (rows[celebration.celebration_date.month - 1], total):
            row.total.add(celebration)
            row.by_kind.setdefault(celebration.kind, BudgetCell()).add(celebration)
    ordered = sorted(kinds, key=KIND_ORDER.__getitem__)
    return BudgetSummary(year, ordered, [*rows, total])


def years_with_celebrations(celebrations: Iterable[Celebration]) -> list[int]:
    return sorted({c.celebration_date.year for c in celebrations})


@dataclass(frozen=True)
class KindBudget:
    """One kind's year against its annual budget (None: no budget set)."""

    kind: Kind
    budget_cents: int | None
    planned_cents: int
    spent_cents: int
    count: int

    @property
    def left_cents(self) -> int | None:
        """What is left of the budget after what is planned (negative: planned over budget)."""
        return None if self.budget_cents is None else self.budget_cents - self.planned_cents

    @property
    def over(self) -> bool:
        return self.budget_cents is not None and max(self.planned_cents, self.spent_cents) > self.budget_cents


def annual_budgets(settings: Mapping[str, str]) -> dict[Kind, int]:
    """The annual budget per kind in cents from the file's settings (`budget.<kind>` in euros, "1500.50")."""
    budgets = {}
    for kind in Kind:
        value = settings.get(f"budget.{kind.value}", "")
        cents = parse_euros(value) if value else None
        if cents is not None:
            budgets[kind] = cents
    return budgets


def against_budgets(summary: BudgetSummary, budgets: Mapping[Kind, int]) -> list[KindBudget]:
    """Per kind with a celebration this year or a budget: the budget, planned, spent; in the fixed kind order."""
    kinds = sorted({*summary.kinds, *budgets}, key=KIND_ORDER.__getitem__)
    total = summary.total
    return [KindBudget(kind, budgets.get(kind), total.cell(kind).planned_cents, total.cell(kind).spent_cents,
                       total.cell(kind).count) for kind in kinds]
