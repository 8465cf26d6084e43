"""Sending to a real CalDAV server (Radicale) reports every event, and a Cancel between two events leaves the
server consistent: the events sent are there whole, the next publish sends exactly the rest."""

from __future__ import annotations

from datetime import date

import pytest
from support.publishing import memory_keyring, radicale  # noqa: F401 - the fake keyring, the server
from support.register_data import NOW, fill_register

from desktop.exchange.publish import caldav_sync
from desktop.exchange.publish.publishing import build_payload, send
from desktop.exchange.publish.settings_store import PublishSettings
from desktop.models.progress import Cancelled, Progress

TODAY = date(2026, 11, 28)


class StopAfter(Progress):
    def __init__(self, after: int | None = None):
        super().__init__()
        self.after, self.steps, self.totals = after, [], []

    def start(self, phase, total=0):
        super().start(phase, total)
        self.totals.append(total)

    def step(self, done):
        super().step(done)
        self.steps.append(done)
        if done == self.after:
            self.cancel()


def test_stop_keeps_what_was_sent_and_the_next_publish_sends_the_rest(register, radicale):  # noqa: F811
    fill_register(register)
    settings = PublishSettings(caldav_url=radicale, caldav_user="office", caldav_calendar="Kantoor")
    payload = build_payload(register, TODAY, NOW, settings=settings)
    assert payload.events > 5
    with pytest.raises(Cancelled) as stopped:
        send(payload, lambda url, user: "secret", StopAfter(after=3))
    assert isinstance(stopped.value, caldav_sync.Stopped)
    # Stop came after the third event, while the fourth was on its way: that one is sent whole, then it stops.
    assert (stopped.value.sent, stopped.value.total) == (4, payload.events)
    on_server = caldav_sync.connect(radicale, "office", "secret", "Kantoor").get_events()
    assert len(on_server) == 4
    assert all(event.icalendar_component["SUMMARY"] for event in on_server)
    progress = StopAfter()
    outcome = send(payload, lambda url, user: "secret", progress)
    assert (outcome.caldav.created, outcome.caldav.unchanged) == (payload.events - 4, 4)
    assert progress.totals == [0, payload.events - 4]  # reading the server, then sending the rest
    assert progress.steps == list(range(1, payload.events - 4 + 1))
    assert len(caldav_sync.connect(radicale, "office", "secret", "Kantoor").get_events()) == payload.events
