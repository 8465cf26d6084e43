"""The command line: `social-calendar [COMMAND] [--db FILE] ...`; without a command it opens the window.

Commands call the same functions as the window. Errors go to stderr with a non-zero exit code and leave the
file unchanged. Heavy modules are imported inside each command so that every command starts quickly.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="the Social Calendar file (default: the one in your data folder)",
    )
    common.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=argparse.SUPPRESS,
        help="language of messages (default: settings, else the system's)",
    )
    common.add_argument("--format", choices=("text", "json"), default=argparse.SUPPRESS, help="output format")
    parser = argparse.ArgumentParser(
        prog="social-calendar", parents=[common], description="Birthdays, jubilea and celebrations of your colleagues."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common], help="create a realistic Dutch demo organisation")
    demo.add_argument("--people", type=int, default=120)
    demo.add_argument("--seed", type=int, default=1)

    importing = commands.add_parser("import", parents=[common], help="import colleagues from CSV, XLSX or vCard")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    importing.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")

    occasions = commands.add_parser("occasions", parents=[common], help="list occasions in a period")
    occasions.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    occasions.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    occasions.add_argument("--audience", choices=("manager", "shared"), default="manager")

    plan = commands.add_parser("plan", parents=[common], help="suggest organisers, what to do and the budget")
    plan.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    plan.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    plan.add_argument("--apply", action="store_true", help="store the plans (without it nothing is written)")

    commands.add_parser("check", parents=[common], help="check the file's integrity")
    backup = commands.add_parser("backup", parents=[common], help="write a consistent copy of the file")
    backup.add_argument("--out", type=Path, required=True)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """`[--db FILE] [--lang L]` alone opens the window: parsed without building every command's parser,
    which start-up would otherwise pay for on each launch."""
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--db", type=Path)
    quick.add_argument("--lang", choices=("nl", "en"))
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: list[str]) -> int:
    args = _window_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    else:
        args.command = None
    if args.command is None:
        from desktop.app import run_window

        return run_window(getattr(args, "db", None), getattr(args, "lang", None))
    from desktop.i18n import text
    from desktop.store.errors import StoreError

    _start_translations(getattr(args, "lang", None))
    db_path = getattr(args, "db", None)
    if db_path is None:
        from desktop.store.database import default_path

        db_path = default_path()
    handler = {
        "demo": _demo,
        "import": _import,
        "occasions": _occasions,
        "plan": _plan,
        "check": _check,
        "backup": _backup,
    }[args.command]
    try:
        return handler(args, db_path)
    except StoreError as exc:
        print(text(exc.message), file=sys.stderr)
        return EXIT_ERROR


def _start_translations(language: str | None) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop.i18n import install_translations

    app = QCoreApplication.instance() or QCoreApplication([])
    if language is None:
        saved = QSettings("social-calendar", "social-calendar").value("language", "")
        language = saved or None
    install_translations(app, language)


def translate(context: str, source: str) -> str:
    """Qt's translation (lupdate finds the literal texts by this name); fill in parameters with .format()."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


def _wants_json(args: argparse.Namespace) -> bool:
    return getattr(args, "format", "text") == "json"


def _demo(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.demo import write_demo
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if args.people < 1 or args.people > 100_000:
        print(translate("Cli", "--people must lie between 1 and 100000"), file=sys.stderr)
        return EXIT_USAGE
    register = Register(open_database(db_path))
    if register.count():
        print(
            translate("Cli", "{path} already holds colleagues; the demo only fills an empty file").format(path=db_path),
            file=sys.stderr,
        )
        return EXIT_ERROR
    summary = write_demo(register, people=args.people, seed=args.seed, today=date.today())
    if _wants_json(args):
        print(json.dumps(summary))
    else:
        print(
            translate(
                "Cli", "Created a demo organisation of {people} colleagues in {departments} departments in {path}"
            ).format(people=summary["colleagues"], departments=summary["departments"], path=db_path)
        )
    return EXIT_OK


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.importing import ImportFileError, apply_import, plan_import
    from desktop.i18n import text
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    register = Register(open_database(db_path))
    try:
        plan = plan_import(args.file, register, date.today())
    except ImportFileError as exc:
        print(translate("Cli", "{file}: {reason}").format(file=args.file, reason=text(exc.message)), file=sys.stderr)
        return EXIT_ERROR
    for warning in plan.warnings:
        print(text(warning), file=sys.stderr)
    for refused in plan.refused:
        print(
            translate("Cli", "row {row}: {reason}").format(row=refused.row, reason=text(refused.message)),
            file=sys.stderr,
        )
    blocked = bool(plan.refused) and not args.skip_invalid
    if not args.dry_run and not blocked:
        apply_import(plan, register, skip_invalid=args.skip_invalid)
    if _wants_json(args):
        print(
            json.dumps(
                {
                    "new": len(plan.new),
                    "updated": len(plan.updated),
                    "unchanged": len(plan.unchanged),
                    "refused": len(plan.refused),
                    "applied": not args.dry_run and not blocked,
                    "warnings": [text(warning) for warning in plan.warnings],
                    "refused_rows": [{"row": r.row, "reason": text(r.message)} for r in plan.refused],
                }
            )
        )
    elif blocked:
        print(
            translate("Cli", "Nothing was imported: {refused} row(s) refused. Fix them, or use --skip-invalid.").format(
                refused=len(plan.refused)
            ),
            file=sys.stderr,
        )
    else:
        verb = translate("Cli", "Would import") if args.dry_run else translate("Cli", "Imported")
        print(
            translate("Cli", "{verb}: {new} new, {updated} updated, {unchanged} unchanged, {refused} refused").format(
                verb=verb,
                new=len(plan.new),
                updated=len(plan.updated),
                unchanged=len(plan.unchanged),
                refused=len(plan.refused),
            )
        )
    return EXIT_ERROR if blocked else EXIT_OK


def _occasions(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.occasion_report import as_json, describe_occasions
    from desktop.i18n import text
    from desktop.models.occasions import Audience
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    if args.end < args.start:
        print(translate("Cli", "--to lies before --from"), file=sys.stderr)
        return EXIT_USAGE
    register = Register(open_database(db_path))
    items = describe_occasions(register, args.start, args.end, Audience(args.audience))
    if _wants_json(args):
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
    register = Register(open_database(db_path))
    proposals = plan_period(register, args.start, args.end)
    if args.apply:
        apply_plans(register, proposals, text)
    people = {c.id: c for c in register.colleagues()}
    if _wants_json(args):
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
        print(translate("Cli", "Stored {count} plan(s).").format(count=len(proposals)))
    return EXIT_OK


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.database import open_database

    db = open_database(db_path)  # refuses damaged files with a message
    problems = [row[0] for row in db.execute("PRAGMA foreign_key_check")]
    if problems:
        print(translate("Cli", "{count} broken link(s) between tables").format(count=len(problems)), file=sys.stderr)
        return EXIT_ERROR
    print(translate("Cli", "{path}: no problems found").format(path=db_path))
    return EXIT_OK


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.backup import backup_to

    backup_to(db_path, args.out)
    print(translate("Cli", "Backup written to {out}").format(out=args.out))
    return EXIT_OK
