"""The CalDAV password in the operating system's keyring (never in the file or QSettings)."""

from __future__ import annotations

SERVICE = "social-calendar CalDAV"


def _account(url: str, user: str) -> str:
    return f"{user.strip()}@{url.strip()}"


def get_password(url: str, user: str) -> str | None:
    import keyring

    return keyring.get_password(SERVICE, _account(url, user))


def set_password(url: str, user: str, password: str) -> None:
    import keyring

    keyring.set_password(SERVICE, _account(url, user), password)


def delete_password(url: str, user: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _account(url, user))
    except PasswordDeleteError:
        pass
