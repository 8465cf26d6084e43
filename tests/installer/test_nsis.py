"""The Windows installer script, compiled here by Debian's NSIS (makensis) around a stand-in payload: the script is
checked, the installer gets the version and the app's icon; it cannot be run here (the Windows workflow does)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "social-calendar.nsi"
VERSION = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE).group(1)

sys.path.insert(0, str(ROOT / "installer"))
from windows_metadata import version_info_text, write_icon  # noqa: E402


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs NSIS (Debian package nsis)")
def test_the_nsis_script_compiles_a_per_user_installer_with_version_and_icon(tmp_path):
    payload = tmp_path / "social-calendar"
    (payload / "_internal").mkdir(parents=True)
    (payload / "social-calendar.exe").write_bytes(b"MZ stand-in for the frozen app")
    (payload / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    icon = tmp_path / "social-calendar.ico"
    write_icon(ROOT / "desktop" / "resources" / "icons" / "social-calendar.svg", icon)
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO header
    setup = tmp_path / f"social-calendar-{VERSION}-setup.exe"
    done = subprocess.run(["makensis", "-V2", f"-DVERSION={VERSION}", f"-DSOURCE_DIR={payload}",
                           f"-DOUTFILE={setup}", f"-DICON={icon}", str(SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert VERSION.encode("utf-16-le") in data  # the version resource Explorer shows


def test_the_script_installs_per_user_and_its_uninstaller_keeps_the_users_data():
    script = SCRIPT.read_text()
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in script
    assert "HKLM" not in script
    assert "$SMPROGRAMS" in script
    uninstall = script[script.index('Section "Uninstall"'):]
    removed = re.findall(r'(?:RMDir(?: /r)?|Delete) "([^"]+)"', uninstall)
    assert removed
    assert all(path.startswith(("$INSTDIR", "$SMPROGRAMS")) for path in removed), removed


def test_the_exe_version_resource_carries_the_version():
    text = version_info_text("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
