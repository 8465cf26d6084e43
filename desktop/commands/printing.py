"""Commands that print to PDF: print-month and print-birthday-calendar. They need no display."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, EXIT_USAGE, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    month = commands.add_parser(
        "print-month", parents=[common], help=translate("Cli", "the monthly celebration overview as PDF")
    )
    month.add_argument("month", metavar="YYYY-MM", help=translate("Cli", "the month, e.g. 2027-03"))
    month.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    month.add_argument(
        "--audience",
        choices=("manager", "board"),
        default="manager",
        help=translate("Cli", "manager: everything; board: the notice-board version, only what colleagues share"),
    )
    add_paper(month)
    month.set_defaults(handler=_print_month, gui=True)

    birthdays = commands.add_parser(
        "print-birthday-calendar", parents=[common], help=translate("Cli", "the perpetual birthday calendar as PDF")
    )
    birthdays.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    birthdays.add_argument(
        "--with-years",
        action="store_true",
        help=translate("Cli", "add the year of birth (of colleagues who share their age)"),
    )
    birthdays.add_argument("--two-per-page", action="store_true", help=translate("Cli", "two months on a page"))
    add_paper(birthdays)
    birthdays.set_defaults(handler=_print_birthday_calendar, gui=True)

    budget = commands.add_parser("print-budget", parents=[common],
                                 help=translate("Cli", "the year's budget against its annual budgets as PDF"))
    from desktop.commands.budget import add_year

    add_year(budget)
    budget.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    add_paper(budget)
    budget.set_defaults(handler=_print_budget, gui=True)


def add_paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")


def _print_month(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.month_report import ReportAudience, month_report, parse_month

    try:
        year, month = parse_month(args.month)
    except ValueError:
        print(
            translate("Cli", "{month} is not a month: write it as YYYY-MM, e.g. 2027-03").format(
                month=repr(args.month)
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    register = open_existing(db_path)
    if register is None:
        return EXIT_ERROR
    start_gui()
    from desktop.render.month_pages import MonthPages

    report = month_report(register, year, month, ReportAudience(args.audience))
    pages = MonthPages(report, _today())
    return write_pages(args, pages.title(), pages.paint, {"rows": len(report.rows)})


def _print_birthday_calendar(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.month_report import birthday_calendar

    register = open_existing(db_path)
    if register is None:
        return EXIT_ERROR
    start_gui()
    from desktop.render.calendar_pages import CalendarPages

    months = birthday_calendar(register.colleagues(), _today(), args.with_years)
    pages = CalendarPages(months, args.two_per_page)
    return write_pages(args, pages.title(), pages.paint, {"names": sum(len(day) for days in months for day in days)})


def _print_budget(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.budget import budget_year

    register = open_existing(db_path)
    if register is None:
        return EXIT_ERROR
    start_gui()
    from desktop.render.budget_pages import BudgetPages

    year = budget_year(register.db, args.year or _today().year)
    pages = BudgetPages(year.summary, year.kinds, _today())
    return write_pages(args, pages.title(), pages.paint, {"kinds": len(year.kinds)})


def _today():
    from datetime import date

    return date.today()


def open_existing(db_path: Path):
    """The register, or None (with a message) when there is no such file: printing never creates one."""
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if not db_path.is_file():
        print(translate("Cli", "{file} does not exist.").format(file=db_path), file=sys.stderr)
        return None
    return Register(open_database(db_path))


def start_gui() -> None:
    from desktop.render.documents import ensure_gui_application

    ensure_gui_application()


def write_pages(args: argparse.Namespace, title: str, paint, facts: dict) -> int:
    from desktop.render.documents import write_pdf
    from desktop.render.layout import NoFontsError

    out: Path = args.out
    try:
        pages = write_pdf(out, args.paper, title, paint)
    except NoFontsError:
        print(
            translate(
                "Cli",
                "No fonts are installed, so the PDF would hold no text. Install fonts "
                "(e.g. fonts-dejavu-core) and try again.",
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except OSError as exc:
        print(
            translate("Cli", "Cannot write {file}: {reason}").format(file=out, reason=exc.strerror or str(exc)),
            file=sys.stderr,
        )
        return EXIT_ERROR
    if wants_json(args):
        print(json.dumps({"file": str(out), "pages": pages, **facts}, ensure_ascii=False))
    else:
        print(translate("Cli", "Wrote {file} (pages: {pages}).").format(file=out, pages=pages))
    return EXIT_OK
