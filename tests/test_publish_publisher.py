"""The background publisher: debounced, never blocking, never losing the latest state, retrying failures."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar
from test_ical_export import NOW, fill_register
from test_publish_caldav import free_port, radicale  # noqa: F401 - the Radicale server fixture
from test_publish_settings import memory_keyring  # noqa: F401 - the fake keyring, for every test here

from desktop.exchange.publish import caldav_sync, publishing
from desktop.exchange.publish.settings_store import PublishSettings, save_settings
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.publishing.publisher import Publisher
from desktop.ui.workspace import Workspace

TODAY = date(2026, 11, 28)


@pytest.fixture
def people(register):
    return fill_register(register)


@pytest.fixture
def workspace(register, db_path, people, qtbot):
    return Workspace(register, db_path, ColleagueTableModel(register.colleagues(), register.departments(), TODAY))


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
    release, sent = threading.Event(), []
    real_send = publishing.send

    def slow_send(payload, password=None):
        release.wait(10)
        sent.append(payload)
        return real_send(payload, password)

    monkeypatch.setattr(publishing, "send", slow_send)
    publisher.attach(workspace)
    qtbot.waitUntil(publisher.is_busy)
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
    assert "Could not write" in failures[0]
    assert publisher.status.startswith("Publishing failed, trying again in ")
    rename(workspace, people["Vera"], "Veronica")  # a change while failing
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
