"""The file's settings: `settings --db F` lists them, `settings --db F set KEY VALUE` changes one."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, say_if_open_in_a_window, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    settings = commands.add_parser("settings", parents=[common],
                                   help=translate("Cli", "list or change the file's settings (mail, reminders, "
                                                         "privacy)"))
    actions = settings.add_subparsers(dest="settings_action", metavar="set")
    change = actions.add_parser("set", help=translate("Cli", "change one setting"))
    change.add_argument("key")
    change.add_argument("value")
    settings.set_defaults(handler=_settings)


def _settings(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.i18n import text
    from desktop.models.file_settings import SettingError
    from desktop.store.database import open_database
    from desktop.store.file_settings import read_settings, write_setting

    if getattr(args, "settings_action", None) == "set":
        from desktop.models.file_settings import checked

        try:
            checked(args.key, args.value)  # refuse before a new file is made for nothing
        except SettingError as exc:
            print(text(exc.message), file=sys.stderr)
            return EXIT_ERROR
        db = open_database(db_path)  # a new file may start with its settings (a committee member joining)
        say_if_open_in_a_window(db_path)
        write_setting(db, args.key, args.value)
        db.close()
        return EXIT_OK
    db = open_database(db_path, create=False)
    values = read_settings(db)
    db.close()
    if wants_json(args):
        print(json.dumps(values, ensure_ascii=False, indent=1))
    else:
        for key, value in values.items():
            print(f"{key} = {value}")
    return EXIT_OK
