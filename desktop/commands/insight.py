"""How celebrations tied the organisation together: `insight` (the manager's figures of a period)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, EXIT_USAGE, add_period, reversed_period, translate, wants_json
from desktop.commands.printing import add_paper, open_existing, start_gui, write_pages


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    insight = commands.add_parser(
        "insight", parents=[common],
        help=translate("Cli", "how celebrations linked departments and spread the work (manager only)"))
    add_period(insight)
    insight.set_defaults(handler=_insight)

    pages = commands.add_parser(
        "print-insight", parents=[common],
        help=translate("Cli", "the connections of a period as two pages for the management team (PDF)"))
    add_period(pages)
    pages.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    pages.add_argument("--with-names", action="store_true",
                       help=translate("Cli", "name the colleagues who organised most, were not celebrated or never "
                                             "organised (without it the pages name no one)"))
    add_paper(pages)
    pages.set_defaults(handler=_print_insight, gui=True)


def _insight(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.insight import insight_json, period_insight
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if reversed_period(args):
        return EXIT_USAGE
    register = Register(open_database(db_path, create=False))
    found, book = period_insight(register, args.start, args.end)
    data = insight_json(found, book, {d.id: d.name for d in register.departments() if d.id is not None})
    if wants_json(args):
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return EXIT_OK
    _print_text(data)
    return EXIT_OK


def _print_insight(args: argparse.Namespace, db_path: Path) -> int:
    """The manager's pages: written owner-only (write_pdf's temporary file is 0600 and is renamed into place)."""
    from datetime import date

    from desktop.exchange.insight_report import insight_report

    if reversed_period(args):
        return EXIT_USAGE
    register = open_existing(db_path)
    if register is None:
        return EXIT_ERROR
    start_gui()
    from desktop.render.insight_pages import InsightPages

    report = insight_report(register, args.start, args.end)
    pages = InsightPages(report, date.today(), args.with_names)
    return write_pages(args, pages.title(), pages.paint, {"celebrations": report.celebrations})


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _print_text(data: dict) -> None:
    print(translate("Cli", "Celebrations: {count}").format(count=data["celebrations"]))
    share = data["pairs_linked_share"]
    print(translate("Cli", "Department pairs linked: {share}").format(
        share="–" if share is None else f"{share:.0%}"))
    print(translate("Cli", "E-I index: {value}").format(value=_figure(data["ei_index"]["overall"])))
    for name, value in data["ei_index"]["per_department"].items():
        print(f"    {name}: {_figure(value)}")
    load = data["load"]
    print(translate("Cli", "Load: highest {max}, lowest {min}, mean {mean}, Gini {gini}").format(
        max=load["max"], min=load["min"], mean=_figure(load["mean"]), gini=_figure(load["gini"])))
    print(translate("Cli", "New ties: {count}").format(count=data["new_ties"]))
    print(translate("Cli", "Not celebrated: {count}").format(count=len(data["not_celebrated"])))
    for entry in data["not_celebrated"]:
        print(f"    {entry['email'] or '?'} ({entry['reason']})")
    print(translate("Cli", "Never organised: {count}").format(count=len(data["never_organised"])))
    for quarter in data["quarters"]:
        print(f"  {quarter['from']}–{quarter['to']}: {quarter['celebrations']}, "
              f"{_figure(quarter['pairs_linked_share'])}, E-I {_figure(quarter['ei_index'])}, "
              f"Gini {_figure(quarter['gini'])}, +{quarter['new_ties']}")
