"""The mapping of colleagues to vCard 4 and of plans to VTODO: round trips, and cards edited elsewhere."""

from datetime import date

import vobject
from icalendar import Calendar

from desktop.exchange.sync.vcard_map import colleague_fields, colleague_from_fields, from_vcard, to_vcard
from desktop.exchange.sync.vtodo_map import from_vtodo, plan_fields, plan_from_fields, to_vtodo
from desktop.models.celebration import Celebration, Organiser, Status, treat_key
from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.dates import PartialDate
from desktop.models.kinds import Kind

PIETER = Colleague(first_name="Pieter", prefix="van der", last_name="Berg", email="pieter@example.nl",
                   birth=PartialDate(2, 29, 1980), hire_date=date(2010, 3, 1), service_start=date(2008, 9, 1),
                   end_date=date(2030, 1, 31), work_days=frozenset({0, 1, 3}), celebrate=Celebrate.QUIET,
                   show_age=False, organises=False, leap_day=LeapDay.MAR_1, likes="thee; koffie, drop",
                   dietary="vegetarisch", notes="Eerste regel\nTweede regel")


def test_a_colleague_survives_the_round_trip():
    fields = colleague_fields(PIETER, "Financiën")
    uid, back = from_vcard(to_vcard(fields, "uid-1"))
    assert uid == "uid-1"
    assert back == fields
    assert colleague_from_fields(back, 7, 3) == PIETER.with_changes(id=7, department_id=3)


def test_the_card_speaks_vcard_4():
    card = vobject.readOne(to_vcard(colleague_fields(PIETER, "Financiën"), "uid-1"))
    assert card.version.value == "4.0"
    assert card.fn.value == "Pieter van der Berg"
    assert (card.n.value.family, card.n.value.given, card.n.value.additional) == ("Berg", "Pieter", "van der")
    assert card.bday.value == "19800229"
    assert card.org.value == ["Financiën"]
    assert card.email.value == "pieter@example.nl"
    assert card.contents["x-social-calendar-celebrate"][0].value == "quiet"


def test_an_unknown_birth_year_is_written_as_dash_dash_mmdd():
    colleague = PIETER.with_changes(birth=PartialDate(3, 15))
    text = to_vcard(colleague_fields(colleague, ""), "u")
    assert "BDAY:--0315" in text
    assert from_vcard(text)[1]["birth"] == "--03-15"


def test_a_card_edited_by_another_client_is_read_and_its_other_properties_kept():
    ours = to_vcard(colleague_fields(PIETER, "Financiën"), "uid-1")
    # Another client (Nextcloud Contacts) renames, corrects the birthday and adds a telephone number.
    card = vobject.readOne(ours)
    card.n.value = vobject.vcard.Name(family="Bergen", given="Piet", additional="van den")
    card.fn.value = "Piet van den Bergen"
    card.bday.value = "1981-03-02"
    card.add("tel").value = "+31 6 1234 5678"
    card.add("x-nextcloud-thing").value = "keep me"
    _, fields = from_vcard(card.serialize())
    assert (fields["first_name"], fields["prefix"], fields["last_name"]) == ("Piet", "van den", "Bergen")
    assert fields["birth"] == "1981-03-02"
    assert fields["likes"] == "thee; koffie, drop"  # what the other client did not touch stays
    # Our next write replaces only our own properties.
    again = vobject.readOne(to_vcard({**fields, "notes": "nieuw"}, "uid-1", base=card.serialize()))
    assert again.tel.value == "+31 6 1234 5678"
    assert again.contents["x-nextcloud-thing"][0].value == "keep me"
    assert again.note.value == "nieuw"
    assert len(again.contents["fn"]) == 1


def test_a_plain_card_from_elsewhere_takes_the_defaults():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x\r\nFN:Anna Jansen\r\nEMAIL;TYPE=HOME:a@h.nl\r\n" \
           "EMAIL;TYPE=WORK:anna@example.nl\r\nBDAY:--0704\r\nORG:Bedrijf;Verkoop\r\nEND:VCARD\r\n"
    _, fields = from_vcard(text)
    assert (fields["first_name"], fields["last_name"]) == ("Anna", "Jansen")
    assert fields["email"] == "anna@example.nl"
    assert fields["department"] == "Verkoop"
    assert fields["birth"] == "--07-04"
    colleague = colleague_from_fields(fields)
    assert colleague.celebrate is Celebrate.YES
    assert colleague.show_age
    assert colleague.organises
    assert colleague.work_days == frozenset(range(5))


PLAN = Celebration(5, "birthday-7-2026-03-15", Kind.BIRTHDAY, 7, date(2026, 3, 15), date(2026, 3, 13),
                   what="Taart", idea="cake, kaart; bloemen", budget_cents=2550, status=Status.PLANNED,
                   actual_cost_cents=1999, notes="niet vergeten,\nook; de kaart \\ tekenen", effort=1.5,
                   organisers=(Organiser(8, "knows"), Organiser(9, "bridge")))
UIDS = {7: "u7", 8: "u8", 9: "u9"}
PEOPLE = {"u8": ("anna@example.nl", "Anna Jansen"), "u9": ("bob@example.nl", "Bob de Boer")}


def test_a_plan_survives_the_round_trip():
    fields = plan_fields(PLAN, UIDS)
    uid, back = from_vtodo(to_vtodo(fields, "plan-1", "Pieter: Taart", PEOPLE))
    assert uid == "plan-1"
    assert back == fields
    ids = {value: key for key, value in UIDS.items()}
    assert plan_from_fields(back, ids, 5) == PLAN


def test_the_task_speaks_icalendar():
    todo = (Calendar.from_ical(to_vtodo(plan_fields(PLAN, UIDS), "plan-1", "Pieter: Taart", PEOPLE))
                .walk("VTODO"))[0]
    assert todo.decoded("DUE") == date(2026, 3, 13)
    assert str(todo["STATUS"]) == "IN-PROCESS"
    assert sorted(str(a) for a in todo["ATTENDEE"]) == ["mailto:anna@example.nl", "mailto:bob@example.nl"]
    assert str(todo["X-SOCIAL-CALENDAR-BUDGET"]) == "25.50"
    assert "ORGANIZER" not in todo


def test_a_task_ticked_done_elsewhere_is_done_here():
    text = to_vtodo(plan_fields(PLAN, UIDS), "plan-1", "Pieter: Taart", PEOPLE)
    calendar = Calendar.from_ical(text)
    todo = calendar.walk("VTODO")[0]
    todo["STATUS"] = "COMPLETED"
    todo.add("categories", "Werk")
    _, fields = from_vtodo(calendar.to_ical().decode())
    assert fields["status"] == "done"
    kept = Calendar.from_ical(to_vtodo(fields, "plan-1", "x", PEOPLE, base=calendar.to_ical().decode()))
    assert "CATEGORIES" in kept.walk("VTODO")[0]


def test_a_monthly_treat_has_no_celebrant():
    treat = Celebration(None, treat_key(2026, 4), Kind.MONTHLY_TREAT, None, date(2026, 4, 1), date(2026, 4, 9))
    fields = plan_fields(treat, {})
    back = plan_from_fields(from_vtodo(to_vtodo(fields, "t", "Traktatie", {}))[1], {})
    assert back == treat


def test_a_plan_whose_celebrant_is_unknown_here_waits():
    assert plan_from_fields(plan_fields(PLAN, UIDS), {"u8": 8}) is None


def test_who_else_may_read_is_taken_from_the_acl_and_the_sharing_lists():
    from lxml import etree

    from desktop.exchange.sync.dav import _responses, access_from

    # As sabre/dav (Nextcloud) answers a PROPFIND of owner, acl and oc:invite on a shared address book.
    answer = etree.fromstring(b"""<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:response>
      <d:href>/remote.php/dav/addressbooks/users/anna/lief-en-leed/</d:href><d:propstat><d:prop>
      <d:owner><d:href>/remote.php/dav/principals/users/anna/</d:href></d:owner>
      <d:acl>
        <d:ace><d:principal><d:href>/remote.php/dav/principals/users/anna/</d:href></d:principal>
          <d:grant><d:privilege><d:all/></d:privilege></d:grant></d:ace>
        <d:ace><d:principal><d:href>/remote.php/dav/principals/users/bob/</d:href></d:principal>
          <d:grant><d:privilege><d:read/></d:privilege></d:grant></d:ace>
        <d:ace><d:principal><d:href>/remote.php/dav/principals/users/carla/</d:href></d:principal>
          <d:grant><d:privilege><d:write-properties/></d:privilege></d:grant></d:ace>
      </d:acl>
      <oc:invite><oc:user><d:href>principal:principals/groups/commissie</d:href>
        <oc:common-name>Commissie lief en leed</oc:common-name><oc:access><oc:read-write/></oc:access></oc:user>
      </oc:invite>
      </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>""")
    [(_, props)] = list(_responses(answer))
    access = access_from(props)
    assert access.owner == "/remote.php/dav/principals/users/anna/"
    assert access.readers == ["/remote.php/dav/principals/users/bob/", "Commissie lief en leed"]


def test_a_server_that_says_nothing_of_sharing_says_nothing():
    from desktop.exchange.sync.dav import access_from

    assert access_from({}).readers is None


def test_a_recorded_occasion_and_leave_survive_the_round_trip():
    from desktop.exchange.sync.vevent_map import (
        from_vevent,
        leave_fields,
        leave_from_vevent,
        leave_to_vevent,
        record_fields,
        record_from_fields,
        to_vevent,
    )
    from desktop.models.occasion_records import RecordedOccasion

    record = RecordedOccasion(4, 7, "birth", date(2026, 5, 2), "Geboorte, eindelijk; hoera", "Noor", "regel 1\nregel 2")
    fields = record_fields(record, UIDS)
    uid, back = from_vevent(to_vevent(fields, "r-1", "Pieter: geboorte"))
    assert (uid, back) == ("r-1", fields)
    assert record_from_fields(back, {"u7": 7}, 4) == record
    leave = leave_fields("u7", date(2026, 7, 1), date(2026, 7, 21))
    assert leave_from_vevent(leave_to_vevent(leave, "l-1", "Pieter: leave")) == ("l-1", leave)


def test_the_mail_language_travels_as_lang_and_another_clients_languages_stay():
    fields = colleague_fields(PIETER.with_changes(language="en"), "")
    text = to_vcard(fields, "uid-1")
    assert vobject.readOne(text).lang.value == "en"
    assert from_vcard(text)[1] == fields
    assert colleague_from_fields(fields).language == "en"
    # A card with the languages another client wrote: the preferred of Dutch and English is ours, German stays.
    card = vobject.readOne(text)
    card.lang.value = "nl-BE"
    card.add("lang").value = "de"
    card.contents["lang"][1].params["PREF"] = ["1"]
    _, read = from_vcard(card.serialize())
    assert read["language"] == "nl"
    written = vobject.readOne(to_vcard(read | {"language": ""}, "uid-1", card.serialize()))
    assert [line.value for line in written.contents["lang"]] == ["de"]
    assert from_vcard(written.serialize())[1]["language"] == ""
    assert colleague_from_fields(read | {"language": "fr"}).language == ""  # not a mail language: the app's


def test_a_repeating_record_travels_as_its_rrule_with_until():
    from desktop.exchange.sync.vevent_map import from_vevent, record_fields, record_from_fields, to_vevent
    from desktop.models.occasion_records import RecordedOccasion

    record = RecordedOccasion(4, None, "custom", date(2026, 12, 11), "Kerstlunch",
                              repeat="FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", until=date(2030, 12, 31))
    fields = record_fields(record, UIDS)
    text = to_vevent(fields, "r-1", "Kerstlunch")
    [event] = Calendar.from_ical(text).walk("VEVENT")
    assert event.get("RRULE").to_ical() == b"FREQ=YEARLY;UNTIL=20301231;BYDAY=2FR;BYMONTH=12"
    assert from_vevent(text) == ("r-1", fields)
    assert record_from_fields(fields, {}, 4) == record
    every_year = record_fields(RecordedOccasion(5, None, "custom", date(2026, 6, 20), "Uitje", repeat="FREQ=YEARLY"),
                               UIDS)
    assert from_vevent(to_vevent(every_year, "r-2", "Uitje"))[1] == every_year
    once = record_fields(RecordedOccasion(6, None, "custom", date(2026, 6, 20), "Uitje"), UIDS)
    assert "RRULE" not in to_vevent(once, "r-3", "Uitje")
    # Another program's weekly repetition is not one this app keeps: read as once.
    weekly = text.replace("RRULE:FREQ=YEARLY;UNTIL=20301231;BYDAY=2FR;BYMONTH=12", "RRULE:FREQ=WEEKLY;BYDAY=MO")
    assert from_vevent(weekly)[1] | {"repeat": "x"} == fields | {"repeat": "x", "until": ""}
    assert from_vevent(weekly)[1]["repeat"] == ""


def test_former_organisers_and_a_repeating_records_year_travel_on_the_task():
    from dataclasses import replace

    plan = replace(PLAN, former_organisers=2)
    fields = plan_fields(plan, UIDS)
    text = to_vtodo(fields, "plan-1", "Pieter: Taart", PEOPLE)
    assert "X-SOCIAL-CALENDAR-FORMER-ORGANISERS:2" in text
    assert from_vtodo(text)[1] == fields
    ids = {value: key for key, value in UIDS.items()}
    assert plan_from_fields(fields, ids, 5).former_organisers == 2
    # The plan of a repeating record's return in 2027 comes back under that year's key.
    lunch = Celebration(6, "record-4-2027", Kind.CUSTOM, None, date(2027, 12, 10), date(2027, 12, 10), what="Lunch")
    fields = plan_fields(lunch, UIDS, {4: "r-1"})
    assert (fields["record"], fields["record_year"]) == ("r-1", "2027")
    back = from_vtodo(to_vtodo(fields, "plan-2", "Lunch", PEOPLE))[1]
    assert back == fields
    assert plan_from_fields(back, ids, 6, {"r-1": 9}).occasion_key == "record-9-2027"
    first = Celebration(7, "record-4", Kind.CUSTOM, None, date(2026, 12, 11), date(2026, 12, 11))
    assert plan_from_fields(plan_fields(first, UIDS, {4: "r-1"}), ids, 7, {"r-1": 9}).occasion_key == "record-9"
