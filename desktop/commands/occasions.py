"""Commands about occasions and their plans: occasions and plan."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands import EXIT_OK, EXIT_USAGE, add_period, say_if_open_in_a_window, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    occasions = commands.add_parser("occasions", parents=[common], help=translate("Cli", "list occasions in a period"))
    add_period(occasions)
    occasions.add_argument("--audience", choices=("manager", "shared"), default="manager")
    occasions.set_defaults(handler=_occasions)

    plan = commands.add_parser(
        "plan", parents=[common], help=translate("Cli", "suggest organisers, what to do and the budget")
    )
    add_period(plan)
    plan.add_argument(
        "--apply", action="store_true", help=translate("Cli", "store the plans (without it nothing is written)")
    )
    plan.set_defaults(handler=_plan)


def _occasions(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.occasion_report import as_json, describe_occasions
    from desktop.i18n import text
    from desktop.models.occasions import Audience
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if args.end < args.start:
        print(translate("Cli", "--to lies before --from"), file=sys.stderr)
        return EXIT_USAGE
    register = Register(open_database(db_path, create=False))
    items = describe_occasions(register, args.start, args.end, Audience(args.audience))
    if wants_json(args):
        print(json.dumps([as_json(item, text) for item in items], ensure_ascii=False, indent=1))
        return EXIT_OK
    from PySide6.QtCore import QLocale

    locale = QLocale()
    for item in items:
        entry = as_json(item, text)
        weekday = locale.dayName(item.occasion.date.isoweekday(), QLocale.FormatType.ShortFormat)
        moved = (
            ""
            if item.celebration_date == item.occasion.date
            else translate("Cli", "  (celebrate on {day})").format(day=item.celebration_date.strftime("%d-%m"))
        )
        print(f"{weekday} {item.occasion.date:%d-%m-%Y}  {entry['title']}{moved}")
    return EXIT_OK


def _plan(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.planning import apply_plans, as_json, plan_period
    from desktop.i18n import text
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if args.end < args.start:
        print(translate("Cli", "--to lies before --from"), file=sys.stderr)
        return EXIT_USAGE
    register = Register(open_database(db_path, create=False))
    proposals = plan_period(register, args.start, args.end)
    if args.apply:
        say_if_open_in_a_window(db_path)
        apply_plans(register, proposals, text)
    people = {c.id: c for c in register.colleagues()}
    if wants_json(args):
        print(json.dumps([as_json(p, people, text) for p in proposals], ensure_ascii=False, indent=1))
        return EXIT_OK
    for proposal in proposals:
        names = ", ".join(people[o.colleague_id].full_name for o in proposal.organisers) or translate(
            "Cli", "nobody available"
        )
        print(f"{proposal.celebration_date:%d-%m-%Y}  {text(proposal.title)}")
        print(
            "    "
            + translate("Cli", "{what} (€ {budget}); organisers: {names}").format(
                what=text(proposal.what), budget=proposal.budget_eur, names=names
            )
        )
    if args.apply:
        count = len(proposals)
        stored = translate("Cli", "Stored 1 plan.") if count == 1 else translate("Cli", "Stored {count} plans.")
        print(stored.format(count=count))
    return EXIT_OK
