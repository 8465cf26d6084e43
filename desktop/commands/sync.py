"""`sync` (one round with the committee's server), `conflicts` (what waits for a choice) and `sync-password`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, password_from_stdin, say_if_open_in_a_window, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser("sync", parents=[common],
                               help=translate("Cli", "one round of sharing with the committee's server: pull, "
                                                     "push, deletions, conflicts"))
    sync.add_argument("--force", action="store_true",
                      help=translate("Cli", "carry out deletions beyond sync.delete_limit_percent"))
    sync.set_defaults(handler=_sync)
    conflicts = commands.add_parser("conflicts", parents=[common],
                                    help=translate("Cli", "the open conflicts: the same colleague or plan changed "
                                                          "here and on the server"))
    conflicts.set_defaults(handler=_conflicts)
    password = commands.add_parser("sync-password", parents=[common],
                                   help=translate("Cli", "read the sync server's password from standard input into "
                                                         "the keyring"))
    password.set_defaults(handler=_sync_password)


def _sync(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.sync.dav import DavError
    from desktop.exchange.sync.engine import Settings, TooManyDeletions, sync
    from desktop.i18n import text
    from desktop.store.database import open_database
    from desktop.store.file_settings import read_settings

    db = open_database(db_path, create=False)
    try:
        settings = Settings.from_file(read_settings(db))
        if not settings.url:
            print(translate("Cli", "The sync server is not set: set sync.url (and sync.user) with social-calendar "
                                   "settings set KEY VALUE."), file=sys.stderr)
            return EXIT_ERROR
        say_if_open_in_a_window(db_path)
        try:
            report = sync(db, settings, _password(settings.url, settings.user), force=args.force)
        except TooManyDeletions as exc:
            print(translate("Cli", "The server no longer has {count} of the {total} objects here: more than "
                                   "{limit}% at once, so nothing was deleted. Check sync.url and the collection "
                                   "names; if the deletions are meant, run sync --force.")
                  .format(count=exc.count, total=exc.total, limit=exc.limit_percent), file=sys.stderr)
            return EXIT_ERROR
        except DavError as exc:
            print(translate("Cli", "The sync stopped: {reason}. What was done before is kept; the next sync goes "
                                   "on from there.").format(reason=text(exc.message).rstrip(".")), file=sys.stderr)
            return EXIT_ERROR
    finally:
        db.close()
    if wants_json(args):
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        print(translate("Cli", "pulled {pulled}, pushed {pushed}, deleted {deleted}, conflicts {conflicts}")
              .format(pulled=report.pulled, pushed=report.pushed, deleted=report.deleted,
                      conflicts=report.conflicts))
        if report.erased:
            from desktop.models.privacy import erased_elsewhere

            print(text(erased_elsewhere(report.erased)))
    return EXIT_OK


def _password(url: str, user: str) -> str | None:
    """The keyring's password; none when there is no keyring (a server that needs one says so)."""
    from desktop.exchange.publish.secrets import get_password

    try:
        return get_password(url, user)
    except Exception:  # noqa: BLE001 - keyring backends raise their own errors (no backend, locked)
        return None


def _conflicts(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store.database import open_database
    from desktop.store.sync_state import conflicts

    db = open_database(db_path, create=False)
    try:
        found = conflicts(db)
    finally:
        db.close()
    if wants_json(args):
        kinds = {"addressbook": "colleague", "calendar": "plan", "records": "recorded_occasion", "leave": "leave",
                 "policies": "policies"}
        print(json.dumps([{"kind": kinds.get(c.collection, c.collection), "uid": c.uid,
                           "found_at": c.found_at, "local": c.local, "remote": c.remote,
                           "differs": sorted(k for k in c.local.keys() | c.remote.keys()
                                             if c.local.get(k) != c.remote.get(k))} for c in found],
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for conflict in found:
        differs = sorted(k for k in conflict.local.keys() | conflict.remote.keys()
                         if conflict.local.get(k) != conflict.remote.get(k))
        print(f"{conflict.collection} {conflict.uid} ({conflict.found_at})")
        for key in differs:
            print(f"  {key}: {conflict.local.get(key)!r} | {conflict.remote.get(key)!r}")
    return EXIT_OK


def _sync_password(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.publish.secrets import set_password
    from desktop.store.database import open_database
    from desktop.store.file_settings import read_settings

    db = open_database(db_path, create=False)
    settings = read_settings(db)
    db.close()
    if not settings["sync.url"]:
        print(translate("Cli", "The sync server is not set: set sync.url (and sync.user) with social-calendar "
                               "settings set KEY VALUE."), file=sys.stderr)
        return EXIT_ERROR
    password = password_from_stdin()
    if password is None:
        return EXIT_ERROR
    set_password(settings["sync.url"], settings["sync.user"], password)
    return EXIT_OK
