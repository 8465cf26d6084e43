"""`make run` on a real screen: scripts/system-deps.sh names (without root) the libraries Qt's xcb platform plugin
needs when there is a display, and only then. dpkg and id are stand-ins: nothing is installed, not root."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "system-deps.sh"
XCB = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
       "libxcb-render-util0", "libxcb-image0")


@pytest.fixture
def bare_machine(tmp_path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in (("dpkg", "exit 1"), ("id", "echo 1000")):
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PATH"] = f"{bin_dir}:{env['PATH']}"
    return env


@pytest.mark.parametrize(("screen", "named"), [({}, False), ({"DISPLAY": ":0"}, True),
                                               ({"WAYLAND_DISPLAY": "wayland-0"}, True)])
def test_the_xcb_libraries_are_named_on_a_screen_only(bare_machine, screen, named):
    done = subprocess.run(["bash", str(SCRIPT)], env={**bare_machine, **screen}, capture_output=True, text=True)
    assert done.returncode == 1
    assert "Please install" in done.stderr
    assert "fonts-dejavu-core" in done.stderr
    assert all((package in done.stderr) == named for package in XCB), done.stderr
