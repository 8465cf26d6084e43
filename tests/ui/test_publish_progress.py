"""The first publish of a large calendar to a real CalDAV server (Radicale): the status bar says how far it is,
and "Publish now" in the Publishing dialog shows a bar and can be stopped. Stopping leaves the server
consistent: every event sent is there whole, none half; the next publish sends the rest."""

from __future__ import annotations

import re
from datetime import date

import pytest
from support.publishing import memory_keyring, radicale  # noqa: F401 - the keyring, the server
from support.register_data import NOW

from desktop.exchange.demo import write_demo
from desktop.exchange.publish import caldav_sync
from desktop.exchange.publish.secrets import set_password
from desktop.exchange.publish.settings_store import PublishSettings, save_settings
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.publishing import publisher as publisher_module
from desktop.ui.publishing.publisher import Publisher
from desktop.ui.publishing.publishing_dialog import PublishingDialog
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)
CALENDAR = "Kantoor"
SENDING = re.compile(r"^Publishing ([\d,]+) of ([\d,]+) events…$")


@pytest.fixture
def workspace(register, db_path, qtbot):
    write_demo(register, people=120, seed=2, today=TODAY)
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    return Workspace(register, db_path, model)


@pytest.fixture
def publisher(workspace, qtbot, monkeypatch):
    monkeypatch.setattr(publisher_module, "PROGRESS_MS", 20)
    publisher = Publisher(debounce_ms=30, retry_seconds=(60,), today=lambda: TODAY, now=lambda: NOW)
    yield publisher
    publisher.shutdown()
    qtbot.waitUntil(lambda: not publisher.is_busy(), timeout=20000)


def on_server(url: str) -> list:
    """Our events on the server, each read whole."""
    events = caldav_sync.connect(url, "office", "secret", CALENDAR).get_events()
    return [event for event in events if caldav_sync.is_ours(str(event.icalendar_component["UID"]))]


def number(words: str) -> int:
    return int(words.replace(",", ""))


def test_the_status_bar_says_how_many_events_are_sent(workspace, publisher, radicale, qtbot):  # noqa: F811
    set_password(radicale, "office", "secret")
    save_settings(workspace.register.db, PublishSettings(automatic=True, caldav_url=radicale, caldav_user="office",
                                                         caldav_calendar=CALENDAR))
    failures: list[str] = []
    publisher.failed.connect(failures.append)
    statuses: list[str] = []
    publisher.status_changed.connect(statuses.append)
    with qtbot.wait_signal(publisher.published, timeout=60000) as published:
        publisher.attach(workspace)
    assert not failures
    outcome = published.args[0]
    sending = [SENDING.match(status) for status in statuses]
    counts = [(number(m[1]), number(m[2])) for m in sending if m]
    assert counts, statuses
    assert all(total == outcome.caldav.created for _, total in counts)  # a first publish: every event is new
    assert any(0 < done < total for done, total in counts)  # seen on the way, not only at the end
    assert [done for done, _ in counts] == sorted(done for done, _ in counts)
    assert statuses[0] == "Publishing the calendar…"
    assert statuses[-1].startswith("Calendar published at ")
    assert len(on_server(radicale)) == outcome.caldav.created > 100


def test_stop_keeps_what_was_sent_and_the_next_publish_sends_the_rest(workspace, publisher, radicale,  # noqa: F811
                                                                        qtbot):
    publisher.attach(workspace)  # no destination in the file: nothing publishes by itself
    dialog = PublishingDialog(PublishSettings(), "", publisher)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_edit.setText(radicale)
    dialog.user_edit.setText("office")
    dialog.password_edit.setText("secret")
    dialog.calendar_edit.setText(CALENDAR)
    dialog.publish_button.click()
    assert dialog.stop_button.isVisible()
    assert dialog.progress_bar.isVisible()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 5, timeout=30000)
    assert SENDING.match(dialog.result_label.text())
    dialog.stop_button.click()
    qtbot.waitUntil(dialog.publish_button.isEnabled, timeout=30000)
    assert dialog.stop_button.isHidden()
    assert dialog.progress_bar.isHidden()
    stopped = re.match(r"^Stopped after ([\d,]+) of ([\d,]+) events\. What was sent stays on the server; the next "
                       r"publish sends the rest\.$", dialog.result_label.text())
    assert stopped, dialog.result_label.text()
    sent, total = number(stopped[1]), number(stopped[2])
    assert 5 <= sent < total
    assert len(on_server(radicale)) == sent  # each one whole (read back above), none half
    dialog.publish_button.click()
    qtbot.waitUntil(dialog.publish_button.isEnabled, timeout=60000)
    assert f"Server: {total - sent} new, 0 changed, 0 removed" in dialog.result_label.text()
    assert len(on_server(radicale)) == total
    dialog.reject()
