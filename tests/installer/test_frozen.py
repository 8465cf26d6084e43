"""The frozen app and its Debian package, built here by installer/build.sh (the command the README gives) and run
as the office manager would: without the virtual environment (a bare PATH, no PYTHONPATH), in both languages.

Building takes about a minute and a half on two cores; the bundle is built once for the whole module.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE).group(1)
BARE_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
APP_ID = "org.example.SocialCalendar"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)

# The first test waits for the build (pytest-timeout counts fixtures), lintian reads every file of the package.
pytestmark = [pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs Debian's dpkg-deb"),
              pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("installer")
    env = {**os.environ, "DIST": str(work / "dist"), "WORK": str(work / "build")}
    done = subprocess.run([str(ROOT / "installer" / "build.sh"), sys.executable], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Validation was successful" in done.stdout + done.stderr or shutil.which("appstreamcli") is None
    return work / "dist"


@pytest.fixture(scope="module")
def deb(dist) -> Path:
    return next(dist.glob(f"social-calendar_{VERSION}_*.deb"))


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives the app: a home folder, a UTF-8 locale; no venv, no PYTHONPATH."""
    return {"PATH": BARE_PATH, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", **extra}


def frozen(program: Path, home: Path, *args: str, **extra: str) -> str:
    done = subprocess.run([str(program), *args], env=user_env(home, **extra), cwd=home, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
    return done.stdout


def test_the_frozen_app_runs_without_the_virtual_environment(dist, tmp_path):
    app = dist / "social-calendar" / "social-calendar"
    home = tmp_path / "home"
    home.mkdir()
    assert frozen(app, home, "--version") == f"social-calendar {VERSION}\n"
    db = home / "demo.sqlite"
    frozen(app, home, "demo", "--db", str(db), "--people", "60", "--lang", "en")
    for language, month in (("nl", "december 2026"), ("en", "December 2026")):
        pdf = home / f"month-{language}.pdf"
        frozen(app, home, "print-month", "--db", str(db), "--lang", language, "--out", str(pdf), "2026-12")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert month in text.lower() if language == "nl" else month in text, f"{language}: {text[:300]!r}"
    ics = home / "calendar.ics"
    frozen(app, home, "export-ical", "--db", str(db), "--out", str(ics))
    assert ics.read_text().startswith("BEGIN:VCALENDAR")
    assert ics.read_text().count("BEGIN:VEVENT") > 10
    shown = frozen(app, home, "--db", str(db), SOCIAL_CALENDAR_QUIT_WHEN_SHOWN="1")
    assert shown.startswith("usable ")


def test_the_bundle_leaves_out_the_qt_modules_the_app_does_not_use(dist):
    bundle = dist / "social-calendar"
    names = {path.name for path in bundle.rglob("*")}
    for unused in ("QtWebEngineCore", "QtQuick", "QtQml", "QtMultimedia", "Qt3DCore", "QtNetwork.abi3", "tkinter"):
        assert not [name for name in names if unused in name], unused
    assert (bundle / "_internal" / "desktop" / "resources" / "translations" / "social_calendar_nl.qm").exists()
    # Qt's own Dutch (file dialog, message boxes, standard buttons): kept by the spec, the other languages not.
    assert [path for path in bundle.rglob("qtbase_nl.qm")]
    assert not [path for path in bundle.rglob("qtbase_de.qm")]


def test_the_debian_package_holds_the_app_launcher_entry_icons_and_metainfo(deb):
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    depends = re.search(r"^ Depends: (.*)$", info, re.MULTILINE).group(1).split(", ")
    for needed in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
                   "libxcb-render-util0", "libxcb-image0", "libegl1", "libfontconfig1", "fonts-dejavu-core"):
        assert needed in depends
    assert f" Version: {VERSION}\n" in info
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    paths = {line.split()[5].lstrip(".") for line in listing.splitlines()}
    expected = {"/opt/social-calendar/social-calendar", "/usr/bin/social-calendar",
                f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                "/usr/share/icons/hicolor/scalable/apps/social-calendar.svg",
                *(f"/usr/share/icons/hicolor/{size}x{size}/apps/social-calendar.png" for size in PNG_SIZES)}
    assert expected <= paths
    assert all(path.startswith(("/opt/", "/usr/")) or path in ("/", "/opt", "/usr") for path in paths), \
        "the package installs only under /opt and /usr: never in a user's folder or /etc"


def throwaway_root(path: Path) -> Path:
    for sub in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    for name in ("status", "available"):
        (path / "var/lib/dpkg" / name).touch()
    return path


def dpkg(root: Path, *args: str) -> None:
    subprocess.run(["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--log=/dev/null", *args],
                   check=True, capture_output=True, text=True, env={**os.environ, "PATH": BARE_PATH})


def test_an_upgrade_over_an_older_package_keeps_the_users_file_and_settings(dist, deb, tmp_path):
    older = tmp_path / "older"
    subprocess.run([str(ROOT / "installer" / "debian" / "build-deb.sh"), sys.executable, "0.0.9",
                    str(dist / "social-calendar"), str(tmp_path / "work"), str(older)], check=True,
                   capture_output=True, env={**os.environ, "DEB_COMPRESSION": "gzip"})
    root = throwaway_root(tmp_path / "root")
    dpkg(root, "--install", str(next(older.glob("*.deb"))))
    app = root / "opt" / "social-calendar" / "social-calendar"
    home = root / "home" / "office"
    home.mkdir(parents=True)
    # The office manager's own data, where the app keeps it: their file and their settings.
    frozen(app, home, "demo", "--people", "30")
    data = home / ".local" / "share" / "social-calendar" / "social-calendar.sqlite"
    assert data.exists()
    settings = home / ".config" / "social-calendar"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "kept.txt").write_text("mine")
    before = hashlib.sha256(data.read_bytes()).hexdigest()

    dpkg(root, "--install", str(deb))
    status = (root / "var/lib/dpkg/status").read_text()
    assert f"Version: {VERSION}\n" in status
    assert hashlib.sha256(data.read_bytes()).hexdigest() == before
    assert (settings / "kept.txt").read_text() == "mine"
    assert "no problems found" in frozen(app, home, "check", "--lang", "en")

    dpkg(root, "--remove", "social-calendar")
    assert not app.exists()
    assert hashlib.sha256(data.read_bytes()).hexdigest() == before


@pytest.mark.skipif(shutil.which("lintian") is None, reason="lintian is not installed")
def test_lintian_finds_no_errors(deb):
    done = subprocess.run(["lintian", "--allow-root", str(deb)], capture_output=True, text=True, timeout=600)
    errors = [line for line in done.stdout.splitlines() if line.startswith("E:")]
    assert not errors, errors[:20]
