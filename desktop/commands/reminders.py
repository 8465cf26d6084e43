"""`remind` (what mails are due today; `--send` sends them once) and `mail-password` (into the keyring)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desktop.commands import EXIT_ERROR, EXIT_OK, iso_date, password_from_stdin, translate, wants_json


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    remind = commands.add_parser("remind", parents=[common],
                                 help=translate("Cli", "the reminder mails due today; --send sends them once"))
    remind.add_argument("--today", type=iso_date, default=None, metavar="YYYY-MM-DD",
                        help=translate("Cli", "the day to run for (default: today)"))
    remind.add_argument("--send", action="store_true",
                        help=translate("Cli", "send the mails and record them, so none is sent twice"))
    remind.set_defaults(handler=_remind)
    password = commands.add_parser("mail-password", parents=[common],
                                   help=translate("Cli", "read the mail server's password from standard input "
                                                         "into the keyring"))
    password.set_defaults(handler=_mail_password)


def fault_text(reason: str, detail: str, recipient: str, host: str) -> str:
    from desktop.exchange.mail_send import CONNECT, LOGIN, NOT_SET, REFUSED, TLS

    words = {
        CONNECT: translate("Cli", "Cannot connect to the mail server {host}: check the server name and port, "
                                  "and whether this computer is online."),
        TLS: translate("Cli", "The mail server {host} refused the secure connection: check the security "
                              "setting (none, starttls or tls) and the port."),
        LOGIN: translate("Cli", "The mail server {host} refused the login: check the user name and the password "
                                "(social-calendar mail-password)."),
        REFUSED: translate("Cli", "The mail server {host} refused the address {recipient}: correct it in the "
                                  "register."),
        NOT_SET: translate("Cli", "The mail server is not set: set mail.host and mail.from (social-calendar "
                                  "settings set KEY VALUE)."),
    }
    return words[reason].format(host=host, recipient=recipient) + (f" ({detail})" if detail else "")


def _remind(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.mail_send import SendError, Server, get_password, send_mails
    from desktop.exchange.reminders import due_mails, qt_texts, qt_texts_in
    from desktop.store.database import open_database
    from desktop.store.file_settings import read_settings
    from desktop.store.repository import Register
    from desktop.store.sent_mail import record_sent

    today = args.today or date.today()
    db = open_database(db_path, create=False)
    try:
        mails = due_mails(Register(db), today, qt_texts(), qt_texts_in)
        if not args.send:
            _print(args, mails)
            return EXIT_OK
        settings = read_settings(db)
        sent: list[str] = []

        def on_sent(mail) -> None:
            record_sent(db, mail.key, mail.to, today)
            sent.append(mail.to)

        try:
            server = Server.from_settings(settings, get_password(settings["mail.user"], settings["mail.host"]))
            send_mails(server, mails, on_sent)
        except SendError as exc:
            print(fault_text(exc.reason, exc.detail, exc.recipient, settings["mail.host"]), file=sys.stderr)
            print(translate("Cli", "Sent {sent} of {total}; the rest is sent by the next run.")
                  .format(sent=len(sent), total=len(mails)), file=sys.stderr)
            return EXIT_ERROR
        print(translate("Cli", "Sent {sent} of {total}.").format(sent=len(sent), total=len(mails)),
              file=sys.stderr)
        return EXIT_OK
    finally:
        db.close()


def _print(args: argparse.Namespace, mails) -> None:
    if wants_json(args):
        print(json.dumps([mail.as_json() for mail in mails], ensure_ascii=False, indent=1))
        return
    for mail in mails:
        print(f"== {mail.kind} → {mail.to}\n{mail.subject}\n\n{mail.body}\n")


def _mail_password(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.exchange.mail_send import set_password
    from desktop.store.database import open_database
    from desktop.store.file_settings import read_settings

    db = open_database(db_path, create=False)
    settings = read_settings(db)
    db.close()
    if not settings["mail.host"]:
        print(fault_text("not_set", "", "", ""), file=sys.stderr)
        return EXIT_ERROR
    password = password_from_stdin()
    if password is None:
        return EXIT_ERROR
    set_password(settings["mail.user"], settings["mail.host"], password)
    return EXIT_OK
