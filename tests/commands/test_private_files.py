"""Files holding what the shared audience may not see are owner-only (0600); shared outputs follow the umask;
a backup never reuses or follows what lies at its temporary name."""

from __future__ import annotations

import os

import pytest

from desktop.cli import main
from desktop.store.database import open_database


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def demo(db_path):
    assert main(["demo", "--db", str(db_path), "--people", "20"]) == 0
    return db_path


@pytest.mark.parametrize("leftover", ["world-readable", "link"])
def test_backup_never_reuses_or_follows_a_partial_file_left_at_its_name(demo, tmp_path, umask_022, leftover):
    out = tmp_path / "copy.sqlite"
    partial = out.with_name(out.name + ".partial")
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("not yours")
    if leftover == "link":
        partial.symlink_to(elsewhere)
    else:
        partial.write_text("left behind")
        partial.chmod(0o666)
    assert main(["backup", "--db", str(demo), "--out", str(out)]) == 0
    assert _mode(out) == 0o600
    assert elsewhere.read_text() == "not yours"
    assert partial.is_symlink() if leftover == "link" else partial.read_text() == "left behind"
    assert {path.name for path in tmp_path.iterdir()} == {demo.name, out.name, partial.name, elsewhere.name}


@pytest.mark.parametrize(("audience", "expected"), [
    (["--audience", "manager"], 0o600), (["--organiser", "x"], 0o600), (["--audience", "shared"], 0o644)])
def test_the_managers_and_organisers_calendars_are_owner_only_the_shared_one_follows_the_umask(
        demo, tmp_path, umask_022, audience, expected):
    if audience[0] == "--organiser":
        db = open_database(demo)
        audience = ["--organiser", db.execute("SELECT email FROM colleagues WHERE email <> '' LIMIT 1").fetchone()[0]]
        db.close()
    out = tmp_path / "calendar.ics"
    out.write_bytes(b"")
    out.chmod(0o666)  # an older export, world-readable: replaced, not inherited
    assert main(["export-ical", "--db", str(demo), "--out", str(out), *audience]) == 0
    assert _mode(out) == expected


def test_the_shared_calendar_follows_a_strict_umask_too(demo, tmp_path):
    old = os.umask(0o077)
    try:
        out = tmp_path / "calendar.ics"
        assert main(["export-ical", "--db", str(demo), "--out", str(out), "--audience", "shared"]) == 0
    finally:
        os.umask(old)
    assert _mode(out) == 0o600


def test_a_new_data_folder_is_owner_only(tmp_path, umask_022):
    path = tmp_path / "social-calendar" / "calendar.sqlite"
    open_database(path).close()
    assert _mode(path.parent) == 0o700
    assert _mode(path) == 0o600


def test_the_managers_pdf_is_owner_only(demo, tmp_path, umask_022):
    out = tmp_path / "month.pdf"
    out.write_bytes(b"")
    out.chmod(0o666)
    assert main(["print-month", "2027-03", "--db", str(demo), "--out", str(out), "--audience", "manager"]) == 0
    assert _mode(out) == 0o600
