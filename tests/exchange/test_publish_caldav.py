"""Publishing to a real CalDAV server (Radicale on 127.0.0.1, started by a fixture): publish, change a
colleague, publish again, and the server's events equal the export; a wrong port reports an error."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar
from support.publishing import free_port, memory_keyring, radicale  # noqa: F401 - the fake keyring, the server
from support.register_data import NOW, fill_register

from desktop.exchange.publish import caldav_sync
from desktop.exchange.publish.publishing import PublishError, build_payload, send
from desktop.exchange.publish.settings_store import PublishSettings
from desktop.models.colleague import Celebrate

TODAY = date(2026, 11, 28)


@pytest.fixture
def people(register):
    return fill_register(register)


def server_events(url: str, name: str) -> dict[str, str]:
    calendar = caldav_sync.connect(url, "office", "secret", name)
    return {str(e.icalendar_component["UID"]): str(e.icalendar_component["SUMMARY"]) for e in calendar.get_events()}


def exported(payload) -> dict[str, str]:
    return {str(e["UID"]): str(e["SUMMARY"]) for e in Calendar.from_ical(payload.data).events}


def test_publish_change_and_publish_again_mirror_the_export(register, people, radicale):  # noqa: F811
    settings = PublishSettings(caldav_url=radicale, caldav_user="office", caldav_calendar="Verjaardagen")
    payload = build_payload(register, TODAY, NOW, settings=settings)
    outcome = send(payload, password=lambda url, user: "secret")
    assert outcome.caldav.created == payload.events > 10
    assert server_events(radicale, "Verjaardagen") == exported(payload)

    # Someone outside the app adds an event of their own to the calendar: it stays.
    calendar = caldav_sync.connect(radicale, "office", "secret", "Verjaardagen")
    calendar.add_event("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:team-lunch@x\r\n"
                       "DTSTAMP:20261128T090000Z\r\nDTSTART;VALUE=DATE:20261215\r\nSUMMARY:Team lunch\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n")

    # Fatima's birthday moves and Jan asks for no fuss: his events must disappear from the shared calendar.
    fatima, jan = people["Fatima"], people["Jan"]
    register.update(replace(fatima, birth=replace(fatima.birth, month=1, day=20)))
    register.update(replace(jan, celebrate=Celebrate.QUIET))
    again = build_payload(register, TODAY, NOW, settings=settings)
    outcome = send(again, password=lambda url, user: "secret")
    on_server = server_events(radicale, "Verjaardagen")
    assert on_server.pop("team-lunch@x") == "Team lunch"
    assert on_server == exported(again)
    assert not any("Jan de Vries" in summary for summary in on_server.values())
    assert outcome.caldav.deleted >= 1
    assert outcome.caldav.created >= 1
    assert outcome.caldav.unchanged > 5

    # Nothing changed: nothing is sent again.
    outcome = send(build_payload(register, TODAY, NOW, settings=settings), password=lambda url, user: "secret")
    assert (outcome.caldav.created, outcome.caldav.updated, outcome.caldav.deleted) == (0, 0, 0)


def test_an_update_replaces_the_event_in_place(register, people, radicale):  # noqa: F811
    from desktop.exchange.publish.secrets import set_password

    set_password(radicale, "office", "from-the-keyring")
    settings = PublishSettings(caldav_url=radicale, caldav_user="office", caldav_calendar="Office")
    send(build_payload(register, TODAY, NOW, settings=settings))
    vera = people["Vera"]
    register.update(replace(vera, first_name="Veronica"))
    outcome = send(build_payload(register, TODAY, NOW, settings=settings))
    assert outcome.caldav.updated >= 1
    assert outcome.caldav.created == outcome.caldav.deleted == 0
    assert any("Veronica Vertrek" in s for s in server_events(radicale, "Office").values())


def test_a_server_that_does_not_answer_is_reported(register, people, tmp_path):
    settings = PublishSettings(folder=str(tmp_path), caldav_url=f"http://127.0.0.1:{free_port()}/",
                               caldav_user="office", caldav_calendar="Office")
    payload = build_payload(register, TODAY, NOW, settings=settings)
    with pytest.raises(PublishError) as failure:
        send(payload, password=lambda url, user: None)
    [message] = failure.value.messages
    assert "Could not reach the CalDAV server" in message.untranslated()
    # The folder was still written: one failing destination does not stop the other.
    assert (tmp_path / "social-calendar.ics").read_bytes() == payload.data
