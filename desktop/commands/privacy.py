"""The colleague's rights (AVG/GDPR): `export-person` (everything stored about one colleague, as JSON),
`forget` (erase a colleague; without --yes it only says what would go) and `forget-leavers` (erase the leavers
whose retention has passed, with the preview of who goes next)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, iso_date, say_if_open_in_a_window, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export-person", parents=[common],
                                 help=translate("Cli", "everything stored about one colleague, as JSON"))
    export.add_argument("email")
    export.add_argument("--out", type=Path, default=None,
                        help=translate("Cli", "the file to write (owner-only); standard output when left out"))
    export.set_defaults(handler=_export)
    forget = commands.add_parser("forget", parents=[common],
                                 help=translate("Cli", "erase a colleague and everything about them (cannot be "
                                                       "undone); without --yes only shows what would go"))
    forget.add_argument("email")
    forget.add_argument("--yes", action="store_true", help=translate("Cli", "really erase"))
    forget.set_defaults(handler=_forget)
    leavers = commands.add_parser("forget-leavers", parents=[common],
                                  help=translate("Cli", "erase the leavers whose retention "
                                                        "(privacy.leaver_retention_months) has passed"))
    leavers.add_argument("--dry-run", action="store_true",
                         help=translate("Cli", "show what would happen, change nothing"))
    leavers.add_argument("--today", type=iso_date, default=None, metavar="YYYY-MM-DD",
                         help=translate("Cli", "the day to run for (default: today)"))
    leavers.set_defaults(handler=_forget_leavers)


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.publish.folder import write_atomically
    from desktop.store.database import open_database
    from desktop.store.privacy import export_person, find

    db = open_database(db_path, create=False)
    try:
        data = export_person(db, find(db, args.email).id or 0)
    finally:
        db.close()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomically(args.out, text.encode("utf-8"), private=True)  # personal data: owner-only
        except OSError as exc:
            print(translate("Cli", "Could not write {path}: {reason}").format(path=args.out,
                                                                            reason=exc.strerror or exc),
                  file=sys.stderr)
            return EXIT_ERROR
        print(translate("Cli", "Wrote everything stored about {email} to {out}").format(email=args.email,
                                                                                        out=args.out), file=sys.stderr)
    return EXIT_OK


def _forget(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.database import open_database
    from desktop.store.privacy import erasure, find, forget

    db = open_database(db_path, create=False)
    try:
        colleague = find(db, args.email)
        assert colleague.id is not None
        going = erasure(db, colleague.id)
        if args.yes:
            say_if_open_in_a_window(db_path)
            forget(db, [colleague.id])
    finally:
        db.close()
    counts = {"recorded_occasions": going.records, "plans": going.plans, "leave": going.leave,
              "sent_mail": going.mails, "plans_organised_kept": going.organised}
    if wants_json(args):
        print(json.dumps({"email": colleague.email, "name": colleague.full_name, "erased": args.yes, **counts}))
        return EXIT_OK
    print((translate("Cli", "Erased {name} <{email}>:") if args.yes else
           translate("Cli", "Forgetting {name} <{email}> erases:")).format(name=colleague.full_name,
                                                                           email=colleague.email))
    for label, count in ((translate("Cli", "recorded occasions"), going.records),
                         (translate("Cli", "plans about them"), going.plans),
                         (translate("Cli", "leave periods"), going.leave),
                         (translate("Cli", "sent mails about or to them"), going.mails),
                         (translate("Cli", "plans they organise (kept, with \"a former colleague\")"),
                          going.organised)):
        print(f"  {label}: {count}")
    if not args.yes:
        print(translate("Cli", "Nothing was changed. This cannot be undone: run again with --yes to erase."))
    return EXIT_OK


def _forget_leavers(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.models.dates import display_date
    from desktop.store.database import open_database
    from desktop.store.privacy import forget_due_leavers, leaver_schedule, retention_months

    today = args.today or date.today()
    db = open_database(db_path, create=False)
    try:
        months = retention_months(db)
        if args.dry_run:
            erased = [item for item in leaver_schedule(db, today) if item.due(today)]
        else:
            if any(item.due(today) for item in leaver_schedule(db, today)):
                say_if_open_in_a_window(db_path)
            erased = forget_due_leavers(db, today)
        upcoming = [item for item in leaver_schedule(db, today) if not (args.dry_run and item.due(today))]
    finally:
        db.close()
    if wants_json(args):
        print(json.dumps({
            "retention_months": months, "dry_run": args.dry_run,
            "erased": [{"email": i.email, "name": i.name, "end_date": i.end_date.isoformat()} for i in erased],
            "next": [{"email": i.email, "name": i.name, "end_date": i.end_date.isoformat(),
                      "erase_on": i.erase_on.isoformat(), "held": i.held} for i in upcoming],
        }, ensure_ascii=False, indent=1))
        return EXIT_OK
    if months <= 0:
        print(translate("Cli", "privacy.leaver_retention_months is 0: leavers are never erased automatically."))
        return EXIT_OK
    heading = translate("Cli", "Would erase:") if args.dry_run else translate("Cli", "Erased:")
    print(heading if erased else translate("Cli", "Nobody is due to be erased."))
    for item in erased:
        print(translate("Cli", "  {name} <{email}>, left {end}").format(name=item.name, email=item.email,
                                                                       end=display_date(item.end_date)))
    if upcoming:
        print(translate("Cli", "Next, {months} months after leaving:").format(months=months))
    for item in upcoming:
        line = translate("Cli", "  {erase_on}  {name} <{email}>, left {end}").format(
            erase_on=display_date(item.erase_on), name=item.name, email=item.email, end=display_date(item.end_date))
        if item.held:
            line += translate("Cli", " (waits: a plan about them is still open)")
        print(line)
    return EXIT_OK
