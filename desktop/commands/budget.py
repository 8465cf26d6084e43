"""The year's money: `budget` (planned and spent per kind against the annual budgets, and per month)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, translate, wants_json


def add_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, metavar="YYYY", help=translate("Cli", "the year (default: this year)"))


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    budget = commands.add_parser(
        "budget", parents=[common],
        help=translate("Cli", "planned and spent per occasion kind against its annual budget, and per month"))
    add_year(budget)
    budget.set_defaults(handler=_budget)


def _budget(args: argparse.Namespace, db_path: Path) -> int:
    from datetime import date

    from desktop.exchange.budget import budget_json, budget_year
    from desktop.store.database import open_database

    if not db_path.is_file():
        print(translate("Cli", "{file} does not exist.").format(file=db_path))
        return EXIT_ERROR
    data = budget_json(budget_year(open_database(db_path, create=False), args.year or date.today().year))
    if wants_json(args):
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _print_text(data)
    return EXIT_OK


def _amount(value: float | int | None) -> str:
    return "–" if value is None else f"{value:,.2f}"


def _print_text(data: dict) -> None:
    print(translate("Cli", "Budget {year}").format(year=data["year"]))
    for kind in data["kinds"]:
        print("  " + translate("Cli", "{kind}: planned {planned}, spent {spent}, budget {budget}").format(
            kind=kind["kind"], planned=_amount(kind["planned_eur"]), spent=_amount(kind["spent_eur"]),
            budget=_amount(kind["budget_eur"])))
    total = data["total"]
    print(translate("Cli", "Total: planned {planned}, spent {spent}, budget {budget}").format(
        planned=_amount(total["planned_eur"]), spent=_amount(total["spent_eur"]), budget=_amount(total["budget_eur"])))
