"""Publishing the shared calendar: build it (reads the file) and send it (slow: the network, a shared drive).

`build_payload` reads an open Register on the caller's thread; `build_from_file` opens the file itself,
read-only and on the calling thread, so the window's background publisher runs both it and `send` on a
worker thread and never touches the window's own connection.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.exchange.ical.describe import Translate
from desktop.exchange.ical.export import ExportOptions, build_calendar
from desktop.exchange.publish.caldav_sync import SyncResult
from desktop.exchange.publish.settings_store import PublishSettings, load_settings
from desktop.models.consent import Audience
from desktop.models.dates import add_months
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.progress import Cancelled, Progress
from desktop.store.database import reading
from desktop.store.errors import StoreError
from desktop.store.repository import Register

CTX = "Publishing"
# One publish at a time in this process, whoever asks: two mirrors of the same CalDAV calendar at once would
# create the same events twice, and two writers of one file race each other's rename.
_SENDING = threading.Lock()


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


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Register]:
    """The file at `path` through a read-only connection of its own, made, used and closed on the calling
    thread (never the window's), after the store's checks of the file (store.database.reading). A file that
    cannot be read raises PublishError."""
    try:
        with reading(path) as db:
            yield Register(db)
    except StoreError as exc:
        raise PublishError([exc.message]) from exc


def build_from_file(path: Path, today: date, now: datetime, settings: PublishSettings,
                    translate: Translate | None = None) -> Payload | None:
    """`build_payload` from the file at `path`, read on the calling thread (see `read_only`)."""
    with read_only(path) as register:
        return build_payload(register, today, now, translate, settings)


def settings_of_file(path: Path) -> PublishSettings:
    """The publishing settings stored in the file at `path` (see `read_only`)."""
    with read_only(path) as register:
        return load_settings(register.db)


def send(payload: Payload, password: Callable[[str, str], str | None] | None = None,
         progress: Progress | None = None) -> Outcome:
    """Write the file and/or mirror the CalDAV calendar. Raises PublishError (after trying every destination).
    Publishes one at a time: a second caller waits for the first. `progress` hears every event sent to the
    server; its Cancel raises Cancelled between two events (what was sent stays; the next publish sends the
    rest)."""
    with _SENDING:
        return _send(payload, password, progress)


def _send(payload: Payload, password: Callable[[str, str], str | None] | None,
          progress: Progress | None = None) -> Outcome:
    settings, errors = payload.settings, []
    written = synced = None
    if settings.folder.strip():
        from desktop.exchange.publish.folder import MissingFolder, target_file, write_atomically

        target = Path(settings.folder.strip())
        try:
            target = target_file(target)
            written = write_atomically(target, payload.data)
        except MissingFolder as exc:
            errors.append(Message(CTX, QT_TRANSLATE_NOOP(
                "Publishing", "The folder {folder} does not exist (is the shared drive connected?)"),
                {"folder": str(exc.folder)}))
        except OSError as exc:
            errors.append(Message(CTX, QT_TRANSLATE_NOOP("Publishing", "Could not write {path}: {reason}"),
                                  {"path": str(target), "reason": exc.strerror or str(exc)}))
    if settings.caldav_url.strip():
        try:
            synced = _send_caldav(payload, password, progress)
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure of a server or the network is reported, not raised
            errors.append(caldav_message(exc, settings.caldav_url))
    outcome = Outcome(payload.events, written, synced, errors)
    if errors:
        raise PublishError(errors, outcome)
    return outcome


def _send_caldav(payload: Payload, password: Callable[[str, str], str | None] | None,
                 progress: Progress | None = None) -> SyncResult:
    from desktop.exchange.publish import caldav_sync

    settings = payload.settings
    if password is None:
        from desktop.exchange.publish.secrets import get_password

        password = get_password
    secret = password(settings.caldav_url, settings.caldav_user) if settings.caldav_user.strip() else None
    return caldav_sync.publish(payload.data, settings.caldav_url, settings.caldav_user, secret,
                               settings.caldav_calendar, progress)


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
