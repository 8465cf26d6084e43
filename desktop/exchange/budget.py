"""A year's money as the Budget page, its print, the `budget` command and its CSV export all read it: what
is planned and spent per month and per kind, against the annual budgets kept in the file's settings."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from desktop.models.budget import BudgetSummary, KindBudget, against_budgets, annual_budgets, budget_summary
from desktop.models.money import euros, plain_euros
from desktop.store.celebrations import Celebrations
from desktop.store.database import Database
from desktop.store.file_settings import read_settings


@dataclass(frozen=True)
class BudgetYear:
    summary: BudgetSummary
    kinds: list[KindBudget]  # each kind with a celebration or a budget, against its budget


def budget_year(db: Database, year: int) -> BudgetYear:
    summary = budget_summary(Celebrations(db).all(), year)
    return BudgetYear(summary, against_budgets(summary, annual_budgets(read_settings(db))))


def _money(cents: int | None) -> float | int | None:
    return None if cents is None else euros(cents)


def budget_json(year: BudgetYear) -> dict[str, Any]:
    """{year, kinds: [{kind, budget_eur, planned_eur, spent_eur, left_eur, celebrations}], months: [{month,
    planned_eur, spent_eur, celebrations}], total: {...}}; amounts in euros, budget null where none is set."""
    rows = year.summary.rows
    return {
        "year": year.summary.year,
        "kinds": [{"kind": k.kind.value, "budget_eur": _money(k.budget_cents), "planned_eur": euros(k.planned_cents),
                   "spent_eur": euros(k.spent_cents), "left_eur": _money(k.left_cents), "celebrations": k.count}
                  for k in year.kinds],
        "months": [{"month": r.month, "planned_eur": euros(r.total.planned_cents),
                    "spent_eur": euros(r.total.spent_cents), "celebrations": r.total.count} for r in rows[:-1]],
        "total": {"planned_eur": euros(rows[-1].total.planned_cents), "spent_eur": euros(rows[-1].total.spent_cents),
                  "celebrations": rows[-1].total.count,
                  "budget_eur": _money(sum(k.budget_cents for k in year.kinds if k.budget_cents is not None)
                                       if any(k.budget_cents is not None for k in year.kinds) else None)},
    }


def budget_csv(year: BudgetYear, headers: dict[str, str], kind_names: dict[str, str],
               month_names: list[str]) -> str:
    """Two blocks a spreadsheet reads: the kinds against their budgets, then the months. Amounts as plain
    numbers with a dot (a spreadsheet formats them); `headers`, `kind_names` and `month_names` in the UI's
    language."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([headers["kind"], headers["budget"], headers["planned"], headers["spent"], headers["left"],
                     headers["count"]])
    for k in year.kinds:
        writer.writerow([kind_names[k.kind.value], _plain(k.budget_cents), _plain(k.planned_cents),
                         _plain(k.spent_cents), _plain(k.left_cents), k.count])
    writer.writerow([])
    writer.writerow([headers["month"], headers["planned"], headers["spent"], headers["count"]])
    for row in year.summary.rows:
        name = month_names[row.month - 1] if row.month else headers["total"]
        writer.writerow([name, _plain(row.total.planned_cents), _plain(row.total.spent_cents), row.total.count])
    return out.getvalue()


def _plain(cents: int | None) -> str:
    return "" if cents is None else plain_euros(cents)
