"""The background publisher: debounced, never blocking, never losing the latest state, retrying failures."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar
from support.publishing import Gate, free_port, memory_keyring, radicale  # noqa: F401 - the keyring, the server
from support.register_data import NOW, fill_register

from desktop.exchange.publish import caldav_sync, publishing
from desktop.exchange.publish.settings_store import PublishSettings, save_settings
from desktop.models.dates import PartialDate
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.publishing.publisher import Publisher
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)


@pytest.fixture
def people(register):
    return fill_register(register)


@pytest.fixture
def workspace(register, db_path, people, qtbot):
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    return Workspace(register, db_path, model)


@pytest.fixture
def publisher(workspace, qtbot):
    publisher = Publisher(debounce_ms=30, retry_seconds=(0.05, 0.1, 0.2), today=lambda: TODAY, now=lambda: NOW)
    yield publisher
    publisher.shutdown()
    qtbot.waitUntil(lambda: not publisher.is_busy())


def rename(workspace, colleague, first_name):
    workspace.register.update(replace(colleague, first_name=first_name))
    workspace.data_changed.emit()


def test_a_change_is_published_to_the_folder(workspace, publisher, people, tmp_path, qtbot):
    target = tmp_path / "share" / "office.ics"
    target.parent.mkdir()
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(target)))
    statuses = []
    publisher.status_changed.connect(statuses.append)
    with qtbot.wait_signal(publisher.published, timeout=5000):
        publisher.attach(workspace)
    assert "Vera Vertrek" in target.read_text(encoding="utf-8")
    with qtbot.wait_signal(publisher.published, timeout=5000):
        rename(workspace, people["Vera"], "Veronica")
    assert "Veronica Vertrek" in target.read_text(encoding="utf-8")
    assert statuses[0] == "Publishing the calendar…"
    assert statuses[-1].startswith("Calendar published at ")
    assert "event" in statuses[-1]


def test_a_burst_of_changes_publishes_once(workspace, publisher, people, tmp_path, qtbot):
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(tmp_path)))
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: (tmp_path / "social-calendar.ics").exists())
    qtbot.waitUntil(lambda: not publisher.has_pending() and not publisher.is_busy())
    published = []
    publisher.published.connect(published.append)
    for name in ("A", "B", "C", "D"):
        rename(workspace, people["Vera"], name)
    qtbot.waitUntil(lambda: len(published) == 1)
    qtbot.wait(150)
    assert len(published) == 1
    assert "D Vertrek" in (tmp_path / "social-calendar.ics").read_text(encoding="utf-8")


def test_nothing_happens_until_publishing_is_switched_on(workspace, publisher, people, tmp_path, qtbot):
    save_settings(workspace.register.db, PublishSettings(automatic=False, folder=str(tmp_path)))
    publisher.attach(workspace)
    rename(workspace, people["Vera"], "Veronica")
    qtbot.wait(150)
    assert not (tmp_path / "social-calendar.ics").exists()
    assert publisher.status == ""
    with qtbot.wait_signal(publisher.published, timeout=5000):
        publisher.publish_now()
    assert (tmp_path / "social-calendar.ics").exists()


def test_a_change_during_a_publish_is_published_after_it(workspace, publisher, people, tmp_path, qtbot,
                                                         monkeypatch):
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(tmp_path)))
    release, built, sent = threading.Event(), threading.Event(), []
    real_send, real_build = publishing.send, publishing.build_from_file

    def build_from_file(*args, **kwargs):
        payload = real_build(*args, **kwargs)
        built.set()
        return payload

    def slow_send(payload, password=None, progress=None):
        release.wait(10)
        sent.append(payload)
        return real_send(payload, password, progress)

    monkeypatch.setattr(publishing, "build_from_file", build_from_file)
    monkeypatch.setattr(publishing, "send", slow_send)
    publisher.attach(workspace)
    qtbot.waitUntil(publisher.is_busy)
    assert built.wait(5)  # the worker has read the file: the next change is not in this publish
    # The window goes on while the worker waits: events are processed, changes are made.
    rename(workspace, people["Vera"], "Latest")
    qtbot.wait(100)
    assert publisher.is_busy()
    release.set()
    qtbot.waitUntil(lambda: len(sent) == 2 and not publisher.is_busy(), timeout=5000)
    assert "Latest Vertrek" not in sent[0].data.decode()
    assert "Latest Vertrek" in sent[1].data.decode()
    assert "Latest Vertrek" in (tmp_path / "social-calendar.ics").read_text(encoding="utf-8")


def test_a_failure_is_shown_retried_and_nothing_is_lost(workspace, publisher, people, tmp_path, qtbot):
    missing = tmp_path / "not-yet" / "office.ics"
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(missing)))
    failures = []
    publisher.failed.connect(failures.append)
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=5000)  # retried
    assert failures[0] == f"The folder {missing.parent} does not exist (is the shared drive connected?)"
    assert publisher.status.startswith("Publishing failed, trying again in ")
    rename(workspace, people["Vera"], "Veronica")  # a change while failing
    qtbot.wait(100)
    assert not missing.parent.exists()  # never a file named like the missing folder
    missing.parent.mkdir()  # the shared drive is back
    qtbot.waitUntil(lambda: missing.exists(), timeout=5000)
    assert "Veronica Vertrek" in missing.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: publisher.status.startswith("Calendar published"))


def test_a_server_on_the_wrong_port_fails_then_the_right_one_gets_everything(workspace, publisher, people,
                                                                              radicale, qtbot):  # noqa: F811
    from desktop.exchange.publish.secrets import set_password

    db = workspace.register.db
    wrong = f"http://127.0.0.1:{free_port()}/"
    save_settings(db, PublishSettings(automatic=True, caldav_url=wrong, caldav_user="office", caldav_calendar="Office"))
    set_password(radicale, "office", "secret")
    failures = []
    publisher.failed.connect(failures.append)
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: len(failures) >= 1, timeout=10000)
    assert "Could not reach the CalDAV server" in failures[0]
    rename(workspace, people["Vera"], "Veronica")
    save_settings(db, PublishSettings(automatic=True, caldav_url=radicale, caldav_user="office",
                                      caldav_calendar="Office"))
    qtbot.waitUntil(lambda: publisher.status.startswith("Calendar published"), timeout=20000)
    qtbot.waitUntil(lambda: not publisher.is_busy() and not publisher.has_pending(), timeout=20000)
    on_server = caldav_sync.connect(radicale, "office", "secret", "Office").get_events()
    summaries = {str(e.icalendar_component["UID"]): str(e.icalendar_component["SUMMARY"]) for e in on_server}
    payload = publishing.build_payload(workspace.register, TODAY, NOW)
    assert summaries == {str(e["UID"]): str(e["SUMMARY"]) for e in Calendar.from_ical(payload.data).events}
    assert any("Veronica Vertrek" in s for s in summaries.values())


def test_the_calendar_is_built_on_a_worker_with_its_own_read_only_connection(workspace, publisher, tmp_path,
                                                                             qtbot, monkeypatch):
    """5,000 colleagues take most of a second to build: never on the UI thread, never the window's connection."""
    save_settings(workspace.register.db, PublishSettings(automatic=False, folder=str(tmp_path)))
    seen = []
    real_build = publishing.build_payload

    def slow_build(register, *args, **kwargs):
        seen.append((threading.current_thread(), register.db.conn))
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            register.db.execute("UPDATE settings SET value = value")
        time.sleep(0.5)
        return real_build(register, *args, **kwargs)

    monkeypatch.setattr(publishing, "build_payload", slow_build)
    publisher.attach(workspace)
    started = time.perf_counter()
    publisher.publish_now()
    assert time.perf_counter() - started < 0.25  # the window went on at once
    with qtbot.wait_signal(publisher.published, timeout=5000):
        pass
    [(thread, conn)] = seen
    assert thread is not threading.main_thread()
    assert conn is not workspace.register.db.conn
    with pytest.raises(sqlite3.ProgrammingError):  # closed by the worker when it was done
        conn.execute("SELECT 1")
    assert (tmp_path / "social-calendar.ics").exists()


def other_file(tmp_path, name, folder):
    """A second register (File › Open) with one colleague and its own publishing destination."""
    from desktop.models.colleague import Colleague
    from desktop.store.database import open_database
    from desktop.store.repository import Register

    path = tmp_path / f"{name}.sqlite"
    register = Register(open_database(path))
    register.add(Colleague(first_name=name, last_name="Other", birth=PartialDate(TODAY.month, 30, 1980)))
    save_settings(register.db, PublishSettings(automatic=True, folder=str(folder)))
    return register, path


def test_file_open_during_the_wait_still_publishes_the_previous_file(workspace, publisher, people, tmp_path,
                                                                     qtbot):
    share_a, share_b = tmp_path / "a", tmp_path / "b"
    share_a.mkdir()
    share_b.mkdir()
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(share_a)))
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: (share_a / "social-calendar.ics").exists(), timeout=5000)
    qtbot.waitUntil(lambda: not publisher.is_busy() and not publisher.has_pending())
    register_b, path_b = other_file(tmp_path, "Bert", share_b)
    rename(workspace, people["Vera"], "Last-edit")  # then File › Open within the debounce pause
    workspace.switch_to(register_b, path_b)  # closes the first file's connection
    qtbot.waitUntil(lambda: "Last-edit Vertrek" in (share_a / "social-calendar.ics").read_text(encoding="utf-8"),
                    timeout=5000)
    qtbot.waitUntil(lambda: (share_b / "social-calendar.ics").exists(), timeout=5000)
    assert "Bert Other" in (share_b / "social-calendar.ics").read_text(encoding="utf-8")
    assert "Bert Other" not in (share_a / "social-calendar.ics").read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: not publisher.is_busy() and not publisher.has_pending())
    register_b.db.close()


def test_an_about_to_switch_signal_sends_the_waiting_publish_before_the_file_closes(register, db_path, people,
                                                                                  publisher, tmp_path, qtbot):
    """When Workspace announces a switch, the old file's publish starts while it is still the open file."""
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    workspace = Workspace(register, db_path, model)
    share_a, share_b = tmp_path / "a", tmp_path / "b"
    share_a.mkdir()
    share_b.mkdir()
    save_settings(register.db, PublishSettings(automatic=True, folder=str(share_a)))
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: (share_a / "social-calendar.ics").exists(), timeout=5000)
    qtbot.waitUntil(lambda: not publisher.is_busy() and not publisher.has_pending())
    started = []
    workspace.about_to_switch.connect(lambda: started.append((publisher.is_busy(), workspace.register)))
    rename(workspace, people["Vera"], "Last-edit")
    register_b, path_b = other_file(tmp_path, "Bert", share_b)
    workspace.switch_to(register_b, path_b)
    assert started == [(True, register)]  # published at once, before the switch
    qtbot.waitUntil(lambda: "Last-edit Vertrek" in (share_a / "social-calendar.ics").read_text(encoding="utf-8"),
                    timeout=5000)
    qtbot.waitUntil(lambda: (share_b / "social-calendar.ics").exists(), timeout=5000)
    qtbot.waitUntil(lambda: not publisher.is_busy() and not publisher.has_pending())
    register_b.db.close()


def test_shutdown_never_starts_a_second_publish_beside_one_still_running(workspace, publisher, people, tmp_path,
                                                                         qtbot, monkeypatch):
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(tmp_path)))
    gate = Gate(monkeypatch)
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: gate.calls == 1, timeout=5000)
    rename(workspace, people["Vera"], "Closing")  # waits for the debounce when the window closes
    started = time.perf_counter()
    publisher.shutdown(timeout=0.2)
    assert time.perf_counter() - started < 1
    assert publisher.is_busy()  # the first one still runs, and is not forgotten
    qtbot.wait(200)
    assert (gate.calls, gate.most) == (1, 1)
    gate.release.set()
    # What waited goes out after it, one at a time.
    qtbot.waitUntil(lambda: "Closing Vertrek" in (tmp_path / "social-calendar.ics").read_text(encoding="utf-8")
                    if (tmp_path / "social-calendar.ics").exists() else False, timeout=5000)
    qtbot.waitUntil(lambda: not publisher.is_busy())
    assert (gate.calls, gate.most) == (2, 1)


def test_shutdown_sends_what_waits_and_waits_for_it(workspace, publisher, people, tmp_path, qtbot):
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(tmp_path)))
    publisher.attach(workspace)
    qtbot.waitUntil(lambda: (tmp_path / "social-calendar.ics").exists(), timeout=5000)
    qtbot.waitUntil(lambda: not publisher.is_busy() and not publisher.has_pending())
    rename(workspace, people["Vera"], "Goodbye")
    publisher.shutdown()
    assert not publisher.is_busy()
    assert "Goodbye Vertrek" in (tmp_path / "social-calendar.ics").read_text(encoding="utf-8")
