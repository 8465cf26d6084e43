"""The automatic backups beside the file: list them, and bring one back."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from desktop.commands import EXIT_OK, say_if_open_in_a_window, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser("backups", parents=[common],
                                  help=translate("Cli", "list the backups kept beside the file"))
    listing.set_defaults(handler=_list)
    restoring = commands.add_parser("restore", parents=[common],
                                    help=translate("Cli", "bring a backup back (the current file is kept as a "
                                                          "backup first)"))
    restoring.add_argument("backup", type=Path)
    restoring.set_defaults(handler=_restore)


def _list(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.backups import list_backups

    found = list_backups(db_path)
    if wants_json(args):
        print(json.dumps([{"path": str(item.path), "created": item.created.isoformat(timespec="seconds"),
                           "colleagues": item.colleagues, "plans": item.plans} for item in found]))
        return EXIT_OK
    for item in found:
        print(translate("Cli", "{created}  {colleagues} colleagues, {plans} plans  {path}").format(
            created=item.created.strftime("%d-%m-%Y %H:%M"), colleagues=item.colleagues, plans=item.plans,
            path=item.path))
    return EXIT_OK


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.backups import restore

    say_if_open_in_a_window(db_path)
    kept = restore(args.backup, db_path, datetime.now())
    print(translate("Cli", "Restored {backup} into {path}; the file as it was is kept as {kept}").format(
        backup=args.backup, path=db_path, kept=kept))
    return EXIT_OK
