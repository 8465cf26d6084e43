"""The command line: `social-calendar [COMMAND] [--db FILE] ...`; without a command it opens the window.

Commands (desktop/commands/) call the same functions as the window. Errors go to stderr with a non-zero exit
code and leave the file unchanged.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from desktop.commands import EXIT_BUSY, EXIT_ERROR, EXIT_OK, MODULES, translate


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("Cli", "the Social Calendar file (default: the one in your data folder)"),
    )
    common.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=argparse.SUPPRESS,
        help=translate("Cli", "language of messages (default: settings, else the system's)"),
    )
    common.add_argument(
        "--format", choices=("text", "json"), default=argparse.SUPPRESS, help=translate("Cli", "output format")
    )
    parser = argparse.ArgumentParser(
        prog="social-calendar",
        parents=[common],
        description=translate("Cli", "Birthdays, jubilea and celebrations of your colleagues."),
    )
    parser.add_argument("--version", action="store_true", help=translate("Cli", "show the version and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in MODULES:
        importlib.import_module(module).add_parsers(commands, common)
    return parser


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


# Fonts need a QGuiApplication, made first.
_GUI_COMMANDS = ("print-month", "print-birthday-calendar", "print-budget", "print-insight")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--version"]:  # answered before Qt loads: installers and scripts ask it to check the install
        return _print_version()
    args = _window_arguments(argv)
    if args is None:
        # The help texts speak the chosen language, so the translations come before the parser.
        _start_translations(_language_in(argv), any(word in _GUI_COMMANDS for word in argv))
        args = build_parser().parse_args(argv)
        if args.version:
            return _print_version()
    else:
        args.command = None
    if args.command is None:
        from desktop.app import run_window

        return run_window(getattr(args, "db", None), getattr(args, "lang", None))
    from desktop.i18n import text
    from desktop.store.errors import StoreError

    _start_translations(getattr(args, "lang", None), getattr(args, "gui", False))
    db_path = getattr(args, "db", None)
    if db_path is None:
        from desktop.store.database import default_path

        db_path = default_path()
    try:
        return args.handler(args, db_path)
    except StoreError as exc:
        print(text(exc.message), file=sys.stderr)
        return EXIT_BUSY if exc.busy else EXIT_ERROR
    except BrokenPipeError:
        # The reader stopped early (`... | head`): not our error. Send the rest of the output nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _print_version() -> int:
    from desktop.version import version

    print(f"social-calendar {version()}")
    return EXIT_OK


def _language_in(argv: list[str]) -> str | None:
    for index, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.partition("=")[2]
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def _start_translations(language: str | None, gui: bool) -> None:
    """Commands speak the chosen language; those that set `gui` (printing) get an application with fonts."""
    from desktop.i18n import install_translations
    from desktop.preferences import saved_language
    from desktop.qt_app import command_application

    app = command_application(gui)
    install_translations(app, language or saved_language())
