"""What every command shares: exit codes, dates on the command line, translated messages, JSON output.

A command module offers `add_parsers(commands, common)`, which adds its sub-commands with
`set_defaults(handler=...)`; a handler takes (args, db_path) and returns the exit code. Heavy modules are
imported inside the handlers so that every command starts quickly.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_BUSY = 75  # sysexits' EX_TEMPFAIL: another program is writing to the file; nothing changed, try again
# The command modules, in the order `--help` lists them.
MODULES = (
    "desktop.commands.register",
    "desktop.commands.occasions",
    "desktop.commands.printing",
    "desktop.commands.ical",
    "desktop.commands.settings",
    "desktop.commands.backups",
    "desktop.commands.reminders",
    "desktop.commands.insight",
    "desktop.commands.sync",
    "desktop.commands.budget",
    "desktop.commands.privacy",
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


def reversed_period(args: argparse.Namespace) -> bool:
    """Whether --to lies before --from; says so on stderr (the caller returns EXIT_USAGE)."""
    if args.end < args.start:
        print(translate("Cli", "--to lies before --from"), file=sys.stderr)
        return True
    return False


def translate(context: str, source: str) -> str:
    """Qt's translation (lupdate finds the literal texts by this name); fill in parameters with .format()."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


def password_from_stdin() -> str | None:
    """A password for the keyring, the first line of standard input; None (said on stderr) when there is none."""
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        print(translate("Cli", "No password on standard input: nothing was stored."), file=sys.stderr)
        return None
    return password


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


@contextlib.contextmanager
def nothing_left_behind(db_path: Path) -> Iterator[list[int]]:
    """For a command that may create the file: when it fails or is refused (it puts a non-zero exit code in
    the list it is given), a file that was not there before is removed again, with its journal, so a refused
    demo or import leaves nothing that was not there."""
    existed = Path(db_path).exists()
    outcome: list[int] = []
    try:
        yield outcome
    except BaseException:
        if not existed:
            _remove(Path(db_path))
        raise
    if not existed and any(outcome):
        _remove(Path(db_path))


def _remove(path: Path) -> None:
    for stray in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            stray.unlink()
