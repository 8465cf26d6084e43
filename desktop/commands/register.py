"""Commands on the register itself: demo, import, check and backup."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import date
from pathlib import Path

from desktop.commands import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    nothing_left_behind,
    say_if_open_in_a_window,
    translate,
    wants_json,
)


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help=translate("Cli", "create a realistic Dutch demo organisation")
    )
    demo.add_argument("--people", type=int, default=120)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=_kept_only_if_done(_demo))

    importing = commands.add_parser(
        "import", parents=[common], help=translate("Cli", "import colleagues from CSV, XLSX or vCard")
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show what would happen, change nothing")
    )
    importing.add_argument(
        "--skip-invalid", action="store_true", help=translate("Cli", "import the valid rows, report the others")
    )
    importing.add_argument(
        "--date-order", choices=("dmy", "mdy"), default=None,
        help=translate("Cli", "how the file writes dates like 03/04/1980: dmy (day first) or mdy (month first); "
                              "decided from the file when left out"),
    )
    importing.set_defaults(handler=_kept_only_if_done(_import))

    check = commands.add_parser("check", parents=[common], help=translate("Cli", "check the file's integrity"))
    check.add_argument("--full", action="store_true",
                       help=translate("Cli", "read every page and every link between tables (slower, thorough)"))
    check.set_defaults(handler=_check)
    backup = commands.add_parser(
        "backup", parents=[common], help=translate("Cli", "write a consistent copy of the file")
    )
    backup.add_argument("--out", type=Path, required=True)
    backup.set_defaults(handler=_backup)


def _kept_only_if_done(handler):
    """The handler, leaving no new file behind when it fails or refuses (nothing_left_behind)."""
    def run(args: argparse.Namespace, db_path: Path) -> int:
        with nothing_left_behind(db_path) as outcome:
            outcome.append(handler(args, db_path))
        return outcome[0]
    return run


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
    from desktop.i18n import text

    say_if_open_in_a_window(db_path)
    summary = write_demo(register, people=args.people, seed=args.seed, today=date.today(), translate=text)
    if wants_json(args):
        print(json.dumps(summary))
    else:
        print(
            translate(
                "Cli", "Created a demo organisation of {people} colleagues in {departments} departments in {path}"
            ).format(people=summary["colleagues"], departments=summary["departments"], path=db_path)
        )
    return EXIT_OK


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.importing import ImportFileError, import_under_lock, plan_import
    from desktop.i18n import text
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    register = Register(open_database(db_path, create=not args.dry_run))  # a dry run never makes a file
    try:
        # Matched and written under one write lock: a second import at the same moment waits, then finds these.
        with contextlib.nullcontext() if args.dry_run else import_under_lock(register):
            return _import_planned(args, db_path, register, plan_import(args.file, register, date.today(),
                                                                        date_order=args.date_order))
    except ImportFileError as exc:
        print(translate("Cli", "{file}: {reason}").format(file=args.file, reason=text(exc.message)), file=sys.stderr)
        return EXIT_ERROR


def _import_planned(args: argparse.Namespace, db_path: Path, register, plan) -> int:
    from desktop.exchange.importing import apply_import
    from desktop.i18n import text
    for warning in plan.warnings:
        print(text(warning), file=sys.stderr)
    if plan.date_note is not None:
        print(text(plan.date_note), file=sys.stderr)
    for refused in plan.refused:
        print(
            translate("Cli", "row {row}: {reason}").format(row=refused.row, reason=text(refused.message)),
            file=sys.stderr,
        )
    blocked = bool(plan.refused) and not args.skip_invalid
    if not args.dry_run and not blocked:
        say_if_open_in_a_window(db_path)
        apply_import(plan, register, skip_invalid=args.skip_invalid)
    if wants_json(args):
        print(
            json.dumps(
                {
                    "new": len(plan.new),
                    "updated": len(plan.updated),
                    "unchanged": len(plan.unchanged),
                    "refused": len(plan.refused),
                    "applied": not args.dry_run and not blocked,
                    "warnings": [text(warning) for warning in plan.warnings],
                    "date_order": plan.source.date_order if plan.source is not None else None,
                    "refused_rows": [{"row": r.row, "reason": text(r.message)} for r in plan.refused],
                }
            )
        )
    elif blocked:
        print(
            (
                translate("Cli", "Nothing was imported: 1 row was refused. Fix it, or use --skip-invalid.")
                if len(plan.refused) == 1
                else translate(
                    "Cli", "Nothing was imported: {refused} rows were refused. Fix them, or use --skip-invalid."
                )
            ).format(refused=len(plan.refused)),
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


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.database import open_database

    db = open_database(db_path, create=False)  # refuses missing and damaged files with a message
    if args.full:
        from desktop.store.checking import full_check

        findings = full_check(db)
        if findings.damage:
            from desktop.store.database import damaged

            raise damaged(db_path, "; ".join(findings.damage))  # naming the newest good backup, if there is one
        problems = findings.broken_links
    else:
        problems = len(db.execute("PRAGMA foreign_key_check").fetchall())
    if problems:
        broken = (translate("Cli", "1 broken link between tables") if problems == 1
                  else translate("Cli", "{count} broken links between tables"))
        print(broken.format(count=problems), file=sys.stderr)
        return EXIT_ERROR
    print(translate("Cli", "{path}: no problems found").format(path=db_path))
    return EXIT_OK


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.backup import backup_to

    backup_to(db_path, args.out)
    print(translate("Cli", "Backup written to {out}").format(out=args.out))
    return EXIT_OK
