"""Sending the reminder mails over SMTP (smtplib): proper messages, each one recorded once the server took it.

Faults lose nothing: a mail is written to the sent-log only after the server accepted it, each in its own
transaction, so a server that goes away after two of five mails leaves those two recorded and the other
three due for the next run.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from desktop.exchange.mail_html import html_body
from desktop.exchange.reminders import DueMail

SERVICE = "social-calendar mail"
CONNECT, TLS, LOGIN, REFUSED, NOT_SET = "connect", "tls", "login", "refused", "not_set"


class SendError(Exception):
    """What went wrong, as one of CONNECT, TLS, LOGIN, REFUSED, NOT_SET (the caller words it for people)."""

    def __init__(self, reason: str, detail: str = "", recipient: str = ""):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.recipient = recipient


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # none, starttls, tls
    user: str
    password: str | None
    sender: str
    cafile: str | None = None  # tests trust their own certificate; None: the system's

    @classmethod
    def from_settings(cls, settings: dict[str, str], password: str | None) -> Server:
        if not settings["mail.host"] or not settings["mail.from"]:
            raise SendError(NOT_SET)
        return cls(settings["mail.host"], int(settings["mail.port"]), settings["mail.security"],
                   settings["mail.user"], password, settings["mail.from"])


def get_password(user: str, host: str) -> str | None:
    import keyring

    return keyring.get_password(SERVICE, f"{user.strip()}@{host.strip()}")


def set_password(user: str, host: str, password: str) -> None:
    import keyring

    keyring.set_password(SERVICE, f"{user.strip()}@{host.strip()}", password)


def email_message(mail: DueMail, sender: str) -> EmailMessage:
    """Date, Message-ID, UTF-8 headers (RFC 2047 by the email package's default policy), the plain text first
    and its HTML alternative after it (multipart/alternative: the last part is the richest)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Content-Language"] = mail.language
    message.set_content(mail.body, charset="utf-8")
    message.add_alternative(html_body(mail.body, mail.language), subtype="html", charset="utf-8")
    return message


def _connect(server: Server, timeout: float) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=server.cafile)
    try:
        if server.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=timeout)
    except ssl.SSLError as exc:
        raise SendError(TLS, str(exc)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(CONNECT, str(exc)) from exc
    try:
        if server.security == "starttls":
            try:
                smtp.starttls(context=context)
            except (ssl.SSLError, smtplib.SMTPNotSupportedError, smtplib.SMTPResponseException) as exc:
                raise SendError(TLS, str(exc)) from exc
        if server.user:
            try:
                smtp.login(server.user, server.password or "")
            except (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError, smtplib.SMTPException) as exc:
                raise SendError(LOGIN, str(exc)) from exc
    except BaseException:
        smtp.close()
        raise
    return smtp


def send_mails(server: Server, mails: Iterable[DueMail], on_sent: Callable[[DueMail], None],
               timeout: float = 30.0) -> int:
    """Send `mails` in one session; `on_sent` records each as soon as the server accepted it. A refused
    recipient or a lost server raises SendError after the mails before it were recorded."""
    mails = list(mails)
    if not mails:
        return 0
    smtp = _connect(server, timeout)
    sent = 0
    try:
        for mail in mails:
            try:
                smtp.send_message(email_message(mail, server.sender), from_addr=server.sender, to_addrs=[mail.to])
            except smtplib.SMTPRecipientsRefused as exc:
                raise SendError(REFUSED, str(exc), mail.to) from exc
            except (TimeoutError, smtplib.SMTPException, OSError) as exc:
                raise SendError(CONNECT, str(exc), mail.to) from exc
            on_sent(mail)
            sent += 1
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
    return sent


def trial_mail(to: str, subject: str, body: str, language: str) -> DueMail:
    return DueMail("test", "test", to, subject, body, language)


__all__ = ["SendError", "Server", "email_message", "send_mails", "trial_mail"]
