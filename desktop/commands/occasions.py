"""Commands about occasions and their plans: occasions, plan and plans."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import (
    EXIT_OK,
    EXIT_USAGE,
    add_period,
    reversed_period,
    say_if_open_in_a_window,
    translate,
    wants_json,
)


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

    plans = commands.add_parser(
        "plans", parents=[common],
        help=translate("Cli", "list the stored plans, with stale plans and the day each is celebrated"))
    add_period(plans)
    plans.set_defaults(handler=_plans)


def _occasions(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.occasion_report import as_json, describe_occasions
    from desktop.i18n import text
    from desktop.models.consent import Audience
    from desktop.models.dates import display_date
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if reversed_period(args):
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
            else translate("Cli", "  (celebrate on {day})").format(day=display_date(item.celebration_date))
        )
        print(f"{weekday} {display_date(item.occasion.date)}  {entry['title']}{moved}")
    return EXIT_OK


def _plan(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.planning import apply_plans, as_json, plan_period
    from desktop.i18n import money_text, text
    from desktop.models.dates import display_date
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if reversed_period(args):
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
        print(f"{display_date(proposal.celebration_date)}  {text(proposal.title)}")
        print(
            "    "
            + translate("Cli", "{what} ({budget}); organisers: {names}").format(
                what=text(proposal.what), budget=money_text(proposal.budget_cents), names=names
            )
        )
    if args.apply:
        count = len(proposals)
        stored = translate("Cli", "Stored 1 plan.") if count == 1 else translate("Cli", "Stored {count} plans.")
        print(stored.format(count=count))
    return EXIT_OK


def _plans(args: argparse.Namespace, db_path: Path) -> int:
    """The manager's own list of stored plans (manager audience: quiet colleagues, budgets and organisers)."""
    from desktop.exchange.plans import plan_book, plan_json
    from desktop.i18n import money_text, text
    from desktop.models.dates import display_date
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if reversed_period(args):
        return EXIT_USAGE
    book = plan_book(Register(open_database(db_path, create=False)), args.start, args.end)
    planned = book.planned()
    if wants_json(args):
        print(json.dumps([plan_json(item, book.people, text) for item in planned], ensure_ascii=False, indent=1))
        return EXIT_OK
    for item in planned:
        entry = plan_json(item, book.people, text)
        state = translate("Cli", "occasion moved or gone") if item.stale else text(item.status_name)
        print(f"{display_date(item.day)}  {entry['title']}  [{state}]")
        names = ", ".join(o["name"] for o in entry["organisers"]) or translate("Cli", "no organisers")
        budget = money_text(item.celebration.budget_cents) if item.celebration is not None else ""
        print("    " + translate("Cli", "{what} ({budget}); organisers: {names}").format(
            what=entry["what"], budget=budget, names=names))
    return EXIT_OK
