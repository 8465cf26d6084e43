"""Publishing the shared calendar: build it (fast, on the caller's thread) and send it (slow, anywhere).

`build_payload` reads the file and must run where the file is open; `send` only touches the destinations
and the keyring, so the window runs it on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.exchange.ical.describe import Translate
from desktop.exchange.ical.export import ExportOptions, build_calendar
from desktop.exchange.publish.caldav_sync import SyncResult
from desktop.exchange.publish.settings_store import PublishSettings, load_settings
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.occasions import Audience, add_months
from desktop.store.repository import Register

CTX = "Publishing"


class PublishError(Exception):
    """Publishing failed; `messages` say why, for the user (one per destination that failed)."""

    def __init__(self, messages: list[Message], outcome: Outcome | None = None):
        super().__init__("; ".join(message.untranslated() for message in messages))
        self.messages = messages
        self.outcome = outcome


@dataclass(frozen=True)
class Payload:
    data: bytes
    events: int
    settings: PublishSettings


@dataclass(frozen=True)
class Outcome:
    events: int
    file: Path | None = None
    caldav: SyncResult | None = None
    errors: list[Message] = field(default_factory=list)


def published_period(today: date, settings: PublishSettings) -> tuple[date, date]:
    """From the first of the month `months_back` months ago to `months_ahead` months after today."""
    first = add_months(today.replace(day=1), -settings.months_back)
    return first, add_months(today, settings.months_ahead)


def build_payload(register: Register, today: date, now: datetime, translate: Translate | None = None,
                  settings: PublishSettings | None = None) -> Payload | None:
    """The shared calendar as the settings ask for it; None when there is nowhere to publish."""
    settings = settings or load_settings(register.db)
    if not settings.has_destination:
        return None
    start, end = published_period(today, settings)
    calendar = build_calendar(register, ExportOptions(start, end, Audience.SHARED), now, translate)
    return Payload(calendar.to_ical(), len(calendar.events), settings)


def send(payload: Payload, password: Callable[[str, str], str | None] | None = None) -> Outcome:
    """Write the file and/or mirror the CalDAV calendar. Raises PublishError (after trying every destination)."""
    settings, errors = payload.settings, []
    written = synced = None
    if settings.folder.strip():
        from desktop.exchange.publish.folder import target_file, write_atomically

        target = target_file(settings.folder.strip())
        try:
            written = write_atomically(target, payload.data)
        except OSError as exc:
            errors.append(Message(CTX, QT_TRANSLATE_NOOP("Publishing", "Could not write {path}: {reason}"),
                                  {"path": str(target), "reason": exc.strerror or str(exc)}))
    if settings.caldav_url.strip():
        try:
            synced = _send_caldav(payload, password)
        except Exception as exc:  # noqa: BLE001 - every failure of a server or the network is reported, not raised
            errors.append(caldav_message(exc, settings.caldav_url))
    outcome = Outcome(payload.events, written, synced, errors)
    if errors:
        raise PublishError(errors, outcome)
    return outcome


def _send_caldav(payload: Payload, password: Callable[[str, str], str | None] | None) -> SyncResult:
    from desktop.exchange.publish import caldav_sync

    settings = payload.settings
    if password is None:
        from desktop.exchange.publish.secrets import get_password

        password = get_password
    secret = password(settings.caldav_url, settings.caldav_user) if settings.caldav_user.strip() else None
    return caldav_sync.publish(payload.data, settings.caldav_url, settings.caldav_user, secret,
                               settings.caldav_calendar)


def caldav_message(exc: Exception, url: str) -> Message:
    """What went wrong with the server, in words the office manager can act on."""
    from caldav.lib import error
    from keyring.errors import KeyringError

    if isinstance(exc, KeyringError):
        return Message(CTX, QT_TRANSLATE_NOOP(
            "Publishing", "The password for {url} could not be read from the keyring: {reason}"),
            {"url": url, "reason": _short(exc)})
    if isinstance(exc, error.AuthorizationError):
        return Message(CTX, QT_TRANSLATE_NOOP(
            "Publishing", "The CalDAV server {url} refused the user name or password"), {"url": url})
    if isinstance(exc, error.NotFoundError):
        return Message(CTX, QT_TRANSLATE_NOOP(
            "Publishing", "The CalDAV server {url} has no such calendar"), {"url": url})
    if isinstance(exc, error.DAVError):
        return Message(CTX, QT_TRANSLATE_NOOP(
            "Publishing", "The CalDAV server {url} answered with an error: {reason}"),
            {"url": url, "reason": _short(exc)})
    return Message(CTX, QT_TRANSLATE_NOOP("Publishing", "Could not reach the CalDAV server {url}: {reason}"),
                   {"url": url, "reason": _short(exc)})


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
