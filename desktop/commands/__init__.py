"""What every command shares: exit codes, dates on the command line, translated messages, JSON output.

A command module offers `add_parsers(commands, common)`, which adds its sub-commands with
`set_defaults(handler=...)`; a handler takes (args, db_path) and returns the exit code. Heavy modules are
imported inside the handlers so that every command starts quickly.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# The command modules, in the order `--help` lists them.
MODULES = (
    "desktop.commands.register",
    "desktop.commands.occasions",
    "desktop.commands.printing",
    "desktop.commands.ical",
    "desktop.commands.settings",
    "desktop.commands.insight",
)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date in the form YYYY-MM-DD").format(text=repr(text))
        ) from None


def add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=iso_date, required=True, metavar="YYYY-MM-DD",
                        help=translate("Cli", "the first day of the period"))
    parser.add_argument("--to", dest="end", type=iso_date, required=True, metavar="YYYY-MM-DD",
                        help=translate("Cli", "the last day of the period (included)"))


def translate(context: str, source: str) -> str:
    """Qt's translation (lupdate finds the literal texts by this name); fill in parameters with .format()."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


def wants_json(args: argparse.Namespace) -> bool:
    return getattr(args, "format", "text") == "json"


def say_if_open_in_a_window(db_path: Path) -> None:
    """Before a command writes: a window that has the file open shows the change within seconds, but starts a
    fresh undo history then (its steps no longer match the file), so the user hears it first."""
    from desktop.store.lock import holder

    other = holder(db_path)
    if other is not None:
        print(translate("Cli", "Note: {file} is open in a Social Calendar window (on {host}). The window will show "
                               "these changes within a few seconds; its undo history starts afresh then.")
              .format(file=db_path.name, host=other.host), file=sys.stderr)
