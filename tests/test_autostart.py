"""Start with my computer: the XDG autostart entry (in $XDG_CONFIG_HOME/autostart, its Exec line read back as the
specification says), and the Windows Run key's command line and value (the registry itself cannot be used here:
an ini file in QSettings stands in for it, the code path being the same)."""

from __future__ import annotations

import configparser
import sys

import pytest

from desktop import autostart

AWKWARD = ["/home/an n/.venv/bin/python3", "-m", "desktop", "--db", 'Kantoor "A" $HOME \\ 100%.sqlite']


def read_exec(value: str) -> list[str]:
    """An Exec value as a launcher reads it: the string escapes first, then the quoting rules, then %%."""
    unescaped = value.replace("\\\\", "\\")
    args, current, quoted, escaped, started = [], "", False, False, False
    for ch in unescaped:
        if escaped:
            current, escaped = current + ch, False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted, started = not quoted, True
        elif ch == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += ch
    if current or started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(autostart, "is_windows", lambda: False)
    return tmp_path / "config"


def test_the_entry_goes_into_xdg_config_home_and_starts_this_app(config_home):
    assert not autostart.enabled()
    autostart.enable("Social Calendar", "Reminders", AWKWARD)
    path = config_home / "autostart" / "org.example.SocialCalendar.desktop"
    assert autostart.enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Social Calendar"
    assert section["Icon"] == "org.example.SocialCalendar"
    assert read_exec(section["Exec"]) == AWKWARD
    autostart.disable()
    assert not path.exists()
    assert not autostart.enabled()
    autostart.disable()  # already off: nothing to do


def test_without_xdg_config_home_it_is_under_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.entry_path() == tmp_path / ".config" / "autostart" / "org.example.SocialCalendar.desktop"


def test_plain_arguments_stay_plain():
    assert autostart.exec_line(["/usr/bin/social-calendar"]) == "/usr/bin/social-calendar"
    assert autostart.exec_line(["a b", ""]) == '"a b" ""'


def test_the_command_is_the_frozen_program_or_this_python(monkeypatch):
    assert autostart.command() == [sys.executable, "-m", "desktop"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.command() == [sys.executable]


def test_the_run_key_holds_a_windows_command_line(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    exe = r"C:\Users\An de Vries\AppData\Local\Programs\Social Calendar\social-calendar.exe"
    assert autostart.run_value([exe]) == f'"{exe}"'
    registry = QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)  # stands in for the registry
    assert not autostart.enabled(registry)
    autostart.enable("Social Calendar", "Reminders", [exe], registry)
    assert registry.value(autostart.RUN_VALUE) == f'"{exe}"'
    assert autostart.enabled(registry)
    autostart.disable(registry)
    assert not autostart.enabled(registry)
    assert autostart.RUN_KEY == r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
