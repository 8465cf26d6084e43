"""The settings kept in the file itself (mail, reminders, privacy; sync later): each key once, with its
default and what it accepts. Why in the file: they belong to the organisation's register, not to the PC.

`social-calendar settings` and the window's settings dialogs read and change them through
desktop.store.file_settings; a value is checked here before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.kinds import Kind

CTX = "Settings"
_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")


class SettingError(ValueError):
    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


def _whole(low: int, high: int) -> Callable[[str], str]:
    def check(text: str) -> str:
        value = text.strip()
        if not value.lstrip("-").isdigit() or not low <= int(value) <= high:
            raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{value} is not a whole number from "
                                                                          "{low} to {high}"),
                                       {"value": text, "low": low, "high": high}))
        return str(int(value))
    return check


def _choice(*allowed: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        value = text.strip().lower()
        if value not in allowed:
            raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{value} is not one of: {allowed}"),
                                       {"value": text, "allowed": ", ".join(allowed)}))
        return value
    return check


def _email(text: str) -> str:
    value = text.strip()
    if value and (len(value) > 254 or not _EMAIL.match(value)):
        raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{value} is not an e-mail address"),
                                   {"value": text}))
    return value


def _line(text: str) -> str:
    value = text.strip()
    if len(value) > 255 or any(ord(c) < 32 for c in value):
        raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{value} is not a single line of at most "
                                                                      "255 characters"), {"value": text[:40]}))
    return value


def _euros(text: str) -> str:
    """An annual budget in euros ("1500", "1500,50", "1.500,50", "€ 1500.50"), stored as "1500.50"; empty: none."""
    from desktop.models.money import parse_euros, plain_euros

    value = text.strip()
    if not value:
        return ""
    cents = parse_euros(value)
    if cents is None or cents > 100_000_000_00:
        raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{value} is not an amount in euros"),
                                   {"value": text[:40]}))
    return plain_euros(cents)


def _template(kind: str) -> Callable[[str], str]:
    """A mail template: any text (empty: the built-in one), using only the placeholders its kind fills."""
    def check(text: str) -> str:
        from desktop.models.mail_texts import PLACEHOLDERS, unknown_placeholders

        value = text.replace("\r\n", "\n").strip()
        unknown = unknown_placeholders(kind, value)
        if len(value) > 10_000 or unknown:
            raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "The template uses {unknown}; it may "
                                                                          "use: {allowed}"),
                                       {"unknown": ", ".join(unknown) or "...",
                                        "allowed": ", ".join("{" + n + "}" for n in sorted(PLACEHOLDERS[kind]))}))
        return value
    return check


_LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def _dav_url(text: str) -> str:
    """The committee's server: https, or plain http only to this computer (the address book is personal data)."""
    value = _line(text)
    if not value:
        return value
    scheme, _, rest = value.partition("://")
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1]
    host = host if host.startswith("[") else host.split(":", 1)[0]
    if scheme.lower() == "https" and host:
        return value
    if scheme.lower() == "http" and host.lower() in _LOCAL_HOSTS:
        return value
    raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{value} is not an https:// address (plain "
                                                                  "http:// only to this computer)"),
                               {"value": text[:80]}))


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: str
    check: Callable[[str], str]  # the value as stored, or SettingError


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("mail.host", "", _line),
    Setting("mail.port", "587", _whole(1, 65535)),
    Setting("mail.security", "starttls", _choice("none", "starttls", "tls")),
    Setting("mail.user", "", _line),
    Setting("mail.from", "", _email),
    Setting("mail.manager", "", _email),
    Setting("reminders.digest_weekday", "1", _whole(1, 7)),  # 1 = Monday
    Setting("reminders.digest_days", "14", _whole(1, 90)),
    *(Setting(f"template.{kind}.{part}", "", _template(kind))
      for kind in ("digest", "organiser_invite", "organiser_reminder") for part in ("subject", "body")),
    Setting("privacy.leaver_retention_months", "12", _whole(0, 600)),  # 0 = never
    # Sharing with a committee (exchange/sync): the server, the account, the collections, the deletion guard.
    Setting("sync.url", "", _dav_url),
    Setting("sync.user", "", _line),
    Setting("sync.addressbook", "Social Calendar", _line),
    Setting("sync.calendar", "Social Calendar", _line),
    Setting("sync.delete_limit_percent", "20", _whole(0, 100)),
    *(Setting(f"budget.{kind.value}", "", _euros) for kind in Kind),  # the year's budget per kind; empty: none
)}


def checked(key: str, value: str) -> str:
    """`value` as it is stored for `key`; SettingError for an unknown key or a value the key does not accept."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise SettingError(Message(CTX, QT_TRANSLATE_NOOP("Settings", "{key} is not a setting (known: {known})"),
                                   {"key": key, "known": ", ".join(sorted(SETTINGS))}))
    return setting.check(value)
