"""Start with my computer: the entry that starts Social Calendar when the user logs in, off by default.

Linux (and other XDG desktops): a desktop entry in `$XDG_CONFIG_HOME/autostart` (default `~/.config/autostart`),
as the XDG Autostart specification describes. Windows: a value under
`HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`, written through QSettings' native
format (the registry). The entry itself is the truth: whether the app starts with the computer is read from it,
never kept a second time in the preferences. QtCore only, and only on Windows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

APP_ID = "org.example.SocialCalendar"  # as ui.icons.APP_ID and the installed desktop entry
RUN_KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"
RUN_VALUE = "Social Calendar"


def command() -> list[str]:
    """What starts this app's window: the frozen program itself, else this Python with `-m desktop`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop"]


# -- Linux: XDG autostart -------------------------------------------------------------------------------
def autostart_folder() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def entry_path() -> Path:
    return autostart_folder() / f"{APP_ID}.desktop"


def exec_line(argv: Sequence[str]) -> str:
    """`argv` as a desktop entry's Exec value: arguments with reserved characters in double quotes, `"`, `` ` ``,
    `$` and `\\` escaped inside them (quoting rules), then `\\` doubled once more (the string-value escape)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    words = []
    for arg in argv:
        if arg and not reserved & set(arg):
            words.append(arg.replace("%", "%%"))
            continue
        quoted = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg).replace("%", "%%")
        words.append(f'"{quoted}"')
    return " ".join(words).replace("\\", "\\\\")


def desktop_entry(argv: Sequence[str], name: str, comment: str) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={name}",
        f"Comment={comment}",
        f"Exec={exec_line(argv)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


# -- Windows: the Run key ------------------------------------------------------------------------------
def run_value(argv: Sequence[str]) -> str:
    """The command line the Run key holds (Windows' quoting, as CreateProcess reads it)."""
    return subprocess.list2cmdline(list(argv))


def run_settings() -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(RUN_KEY, QSettings.Format.NativeFormat)


# -- either ---------------------------------------------------------------------------------------------
def is_windows() -> bool:
    return sys.platform == "win32"


def enabled(registry: QSettings | None = None) -> bool:
    """Whether the app starts when the user logs in (`registry`: the Run key, given by tests)."""
    if registry is not None or is_windows():
        registry = registry if registry is not None else run_settings()
        return bool(registry.value(RUN_VALUE, ""))
    return entry_path().is_file()


def enable(name: str, comment: str, argv: Sequence[str] | None = None, registry: QSettings | None = None) -> None:
    """Start with the computer from now on (`name` and `comment` in the user's language, for the session's
    list of start-up programs). Raises OSError when the entry cannot be written."""
    argv = list(argv) if argv is not None else command()
    if registry is not None or is_windows():
        registry = registry if registry is not None else run_settings()
        registry.setValue(RUN_VALUE, run_value(argv))
        registry.sync()
        return
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(desktop_entry(argv, name, comment), encoding="utf-8")
    temporary.replace(path)


def disable(registry: QSettings | None = None) -> None:
    if registry is not None or is_windows():
        registry = registry if registry is not None else run_settings()
        registry.remove(RUN_VALUE)
        registry.sync()
        return
    entry_path().unlink(missing_ok=True)
