"""Publishing settings in the file, the password in the keyring (a fake one in tests), and the atomic
folder publish."""

from __future__ import annotations

import os
import threading
from datetime import date

import pytest
from support.publishing import memory_keyring  # noqa: F401 - the fake keyring, for every test here
from support.register_data import NOW, fill_register

from desktop.exchange.publish import secrets
from desktop.exchange.publish.folder import target_file, write_atomically
from desktop.exchange.publish.publishing import PublishError, build_payload, published_period, send
from desktop.exchange.publish.settings_store import PublishSettings, load_settings, save_settings


def test_settings_round_trip_through_the_file(register, db_path):
    assert load_settings(register.db) == PublishSettings()
    wanted = PublishSettings(automatic=True, folder="/srv/share", caldav_url="https://dav.example.nl/",
                             caldav_user="office", caldav_calendar="Verjaardagen", months_back=2, months_ahead=18)
    save_settings(register.db, wanted)
    save_settings(register.db, wanted)  # saving twice updates, never duplicates
    assert load_settings(register.db) == wanted
    keys = [row[0] for row in register.db.execute("SELECT key FROM settings ORDER BY key")]
    assert len(keys) == len(set(keys)) == 7


def test_the_password_lives_in_the_keyring_only(register, db_path, memory_keyring):  # noqa: F811
    save_settings(register.db, PublishSettings(caldav_url="https://dav.example.nl/", caldav_user="office"))
    secrets.set_password("https://dav.example.nl/", "office", "s3cret-PASSWORD")
    assert secrets.get_password("https://dav.example.nl/", "office") == "s3cret-PASSWORD"
    assert list(memory_keyring.passwords.values()) == ["s3cret-PASSWORD"]
    register.db.conn.commit()
    assert b"s3cret-PASSWORD" not in db_path.read_bytes()
    secrets.delete_password("https://dav.example.nl/", "office")
    secrets.delete_password("https://dav.example.nl/", "office")  # already gone: no error
    assert secrets.get_password("https://dav.example.nl/", "office") is None


def test_the_published_period():
    settings = PublishSettings(months_back=1, months_ahead=12)
    assert published_period(date(2026, 11, 28), settings) == (date(2026, 10, 1), date(2027, 11, 28))


def test_nothing_to_publish_without_a_destination(register):
    fill_register(register)
    assert build_payload(register, date(2026, 11, 28), NOW) is None


def test_a_folder_gets_the_calendar_atomically(register, tmp_path):
    fill_register(register)
    share = tmp_path / "share"
    share.mkdir()
    save_settings(register.db, PublishSettings(folder=str(share)))
    payload = build_payload(register, date(2026, 11, 28), NOW)
    outcome = send(payload)
    assert outcome.file == share / "social-calendar.ics"
    assert outcome.file.read_bytes() == payload.data
    assert oct(outcome.file.stat().st_mode & 0o777) == "0o644"
    assert [p.name for p in share.iterdir()] == ["social-calendar.ics"]  # no temporary file left behind
    assert target_file(tmp_path / "named.ics") == tmp_path / "named.ics"


def test_a_reader_never_sees_half_a_file(tmp_path):
    target = tmp_path / "calendar.ics"
    versions = [(b"BEGIN:VCALENDAR\r\n" + bytes([65 + i]) * 200_000 + b"END:VCALENDAR\r\n") for i in range(5)]
    write_atomically(target, versions[0])
    seen, stop = set(), threading.Event()

    def read():
        while not stop.is_set():
            seen.add(target.read_bytes())

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(10):
        for version in versions:
            write_atomically(target, version)
    stop.set()
    reader.join()
    assert seen <= set(versions)


def test_an_unwritable_folder_is_reported(register, tmp_path):
    fill_register(register)
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: every folder is writable (the next test covers root too)")
        save_settings(register.db, PublishSettings(folder=str(locked)))
        with pytest.raises(PublishError) as failure:
            send(build_payload(register, date(2026, 11, 28), NOW))
        assert "Could not write" in str(failure.value)
        assert list(locked.iterdir()) == []
    finally:
        os.chmod(locked, 0o700)


def test_a_folder_standing_where_the_calendar_goes_is_reported_and_kept(register, tmp_path):
    """A write that fails for root too: no rename may replace a folder with a file."""
    fill_register(register)
    share = tmp_path / "share"
    (share / "social-calendar.ics").mkdir(parents=True)
    (share / "social-calendar.ics" / "keep.txt").write_text("mine")
    save_settings(register.db, PublishSettings(folder=str(share)))
    with pytest.raises(PublishError) as failure:
        send(build_payload(register, date(2026, 11, 28), NOW))
    assert str(failure.value) == f"Could not write {share / 'social-calendar.ics'}: Is a directory"
    assert [p.name for p in share.iterdir()] == ["social-calendar.ics"]  # no temporary file left behind
    assert (share / "social-calendar.ics" / "keep.txt").read_text() == "mine"


def test_a_missing_folder_is_never_written_as_a_file(register, tmp_path):
    """The shared drive is not connected: fail with a clear reason, and never create a file named like the
    folder (the next publish, with the drive back, must find a folder there)."""
    fill_register(register)
    share = tmp_path / "share"
    save_settings(register.db, PublishSettings(folder=str(share)))
    payload = build_payload(register, date(2026, 11, 28), NOW)
    with pytest.raises(PublishError) as failure:
        send(payload)
    assert str(failure.value) == f"The folder {share} does not exist (is the shared drive connected?)"
    assert not share.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "calendar.sqlite"]
    share.mkdir()  # the drive is back
    assert send(payload).file == share / "social-calendar.ics"


def test_a_file_destination_ends_in_ics_and_its_folder_must_exist(tmp_path):
    from desktop.exchange.publish.folder import MissingFolder

    assert target_file(tmp_path / "office.ICS") == tmp_path / "office.ICS"
    assert target_file(tmp_path) == tmp_path / "social-calendar.ics"
    with pytest.raises(MissingFolder) as missing:
        target_file(tmp_path / "gone" / "office.ics")
    assert missing.value.folder == tmp_path / "gone"
    with pytest.raises(MissingFolder):
        target_file(tmp_path / "calendars")  # no .ics: a folder, which is not there
    (tmp_path / "plain-file").write_text("x")
    with pytest.raises(MissingFolder):
        target_file(tmp_path / "plain-file")  # a file is no folder: never overwritten
    assert (tmp_path / "plain-file").read_text() == "x"


def test_building_from_the_file_reads_it_read_only(register, db_path, tmp_path):
    from desktop.exchange.publish.publishing import build_from_file, settings_of_file

    fill_register(register)
    settings = PublishSettings(folder=str(tmp_path))
    save_settings(register.db, settings)
    before = db_path.read_bytes()
    payload = build_from_file(db_path, date(2026, 11, 28), NOW, settings)
    assert payload.data == build_payload(register, date(2026, 11, 28), NOW).data
    assert settings_of_file(db_path) == settings
    assert db_path.read_bytes() == before
    with pytest.raises(PublishError) as failure:
        build_from_file(tmp_path / "gone.sqlite", date(2026, 11, 28), NOW, settings)
    assert str(failure.value).startswith(f"{tmp_path / 'gone.sqlite'} does not exist.")
    assert not (tmp_path / "gone.sqlite").exists()


def test_publishing_reads_a_file_only_after_the_stores_checks(tmp_path):
    """The publisher's read-only connection comes from the store: another program's database is refused
    with the store's words, as when opening it for writing, and is left as it was."""
    import sqlite3

    from desktop.exchange.publish.publishing import settings_of_file

    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")  # looks like ours, is not
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PublishError) as failure:
        settings_of_file(path)
    assert str(failure.value) == f"{path} is a database of another program, not a Social Calendar file"
    assert path.read_bytes() == before
