"""Commands: export-ical, the occasions (or one organiser's celebrations) as an iCalendar file."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, EXIT_USAGE, iso_date, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export-ical", parents=[common], help=translate("Cli", "write the occasions as an iCalendar file")
    )
    export.add_argument(
        "--out", required=True, help=translate("Cli", "the .ics file to write ('-' writes to standard output)")
    )
    export.add_argument(
        "--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help=translate("Cli", "default: today")
    )
    export.add_argument(
        "--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help=translate("Cli", "default: a year after --from")
    )
    export.add_argument(
        "--audience",
        choices=("shared", "manager"),
        default="shared",
        help=translate("Cli", "shared (default) respects consent and hidden ages; manager shows everything"),
    )
    export.add_argument(
        "--recurring", action="store_true", help=translate("Cli", "plain birthdays as one yearly event each")
    )
    export.add_argument(
        "--organiser", metavar="EMAIL", help=translate("Cli", "this organiser's celebrations, with reminders")
    )
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from datetime import date, datetime

    from desktop.exchange.ical.export import ExportOptions, build_calendar, default_period
    from desktop.exchange.publish.folder import write_atomically
    from desktop.models.occasions import Audience
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    start = args.start or date.today()
    end = args.end or default_period(start)[1]
    if end < start:
        print(translate("Cli", "--to lies before --from"), file=sys.stderr)
        return EXIT_USAGE
    if args.organiser and args.recurring:
        print(translate("Cli", "--recurring does not apply to an organiser's calendar"), file=sys.stderr)
        return EXIT_USAGE
    if not Path(db_path).exists():
        print(translate("Cli", "{path} does not exist").format(path=db_path), file=sys.stderr)
        return EXIT_ERROR
    register = Register(open_database(db_path))
    now = datetime.now(UTC)
    if args.organiser:
        from desktop.exchange.ical.organiser import UnknownOrganiser, build_organiser_calendar

        try:
            calendar = build_organiser_calendar(register, args.organiser, start, end, now)
        except UnknownOrganiser:
            print(
                translate("Cli", "No colleague has the e-mail address {email}").format(email=args.organiser),
                file=sys.stderr,
            )
            return EXIT_ERROR
    else:
        options = ExportOptions(start, end, Audience(args.audience), args.recurring)
        calendar = build_calendar(register, options, now)
    data = calendar.to_ical()
    events = len(calendar.events)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        private = bool(args.organiser) or Audience(args.audience) is not Audience.SHARED
        written = write_atomically(Path(args.out), data, private=private)
    except OSError as exc:
        print(
            translate("Cli", "Could not write {path}: {reason}").format(path=args.out, reason=exc.strerror or exc),
            file=sys.stderr,
        )
        return EXIT_ERROR
    if wants_json(args):
        print(json.dumps({"out": str(written), "events": events, "from": start.isoformat(), "to": end.isoformat()}))
    else:
        wrote = (
            translate("Cli", "Wrote 1 event from {start} to {end} to {path}")
            if events == 1
            else translate("Cli", "Wrote {count} events from {start} to {end} to {path}")
        )
        print(wrote.format(count=events, start=start.isoformat(), end=end.isoformat(), path=written))
    return EXIT_OK
