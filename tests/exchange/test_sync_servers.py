"""Two (or three) files sharing one register through a real CardDAV/CalDAV server on 127.0.0.1: Radicale (with a
login) and Xandikos. Everything a committee does: join, add, change, delete on either side, the same colleague
changed on both, a change by another client, a server that stops mid-round, a wiped address book."""

from datetime import date

import niquests
import pytest
import vobject

from desktop.exchange.sync import dav, erasures
from desktop.exchange.sync.engine import Settings, TooManyDeletions, resolve, sync
from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.models.kinds import Kind
from desktop.store import sync_state
from desktop.store.celebrations import Celebrations
from desktop.store.database import open_database
from desktop.store.repository import Register
from tests.support.dav_servers import PASSWORD, Server


@pytest.fixture(params=["radicale", "xandikos"])
def server(request, tmp_path):
    running = Server(request.param, tmp_path / request.param)
    running.start()
    yield running
    running.stop()


class Member:
    """One committee member's file."""

    def __init__(self, path, server, url=None):
        self.db = open_database(path)
        self.register = Register(self.db)
        self.plans = Celebrations(self.db)
        self.settings = Settings(url or server.url, server.user, "Lief en leed", "Lief en leed")

    def sync(self, **kwargs):
        return sync(self.db, self.settings, PASSWORD, **kwargs)

    def by_email(self, email):
        return next((c for c in self.register.colleagues() if c.email == email), None)

    def names(self):
        return sorted(c.full_name for c in self.register.colleagues())


@pytest.fixture
def members(tmp_path, server):
    made = [Member(tmp_path / f"{name}.sqlite", server) for name in ("anna", "bob", "carla")]
    yield made
    for member in made:
        member.db.close()


def jan(**changes):
    return Colleague(first_name="Jan", prefix="de", last_name="Vries", email="jan@example.nl",
                     birth=PartialDate(3, 15, 1976), hire_date=date(2015, 4, 1)).with_changes(**changes)


def test_a_new_member_joins_and_changes_travel_both_ways(members):
    anna, bob, _ = members
    department = anna.register.add_department("Financiën")
    anna.register.add(jan(department_id=department.id))
    anna.register.add(Colleague(first_name="Piet", last_name="Bakker", email="piet@example.nl",
                                birth=PartialDate(7, 4)))
    assert anna.sync().pushed == 2
    joined = bob.sync()  # an empty file with the same settings pulls the whole register
    assert joined.pulled == 2
    assert bob.names() == ["Jan de Vries", "Piet Bakker"]
    bobs_jan = bob.by_email("jan@example.nl")
    assert bob.register.departments()[0].name == "Financiën"
    assert bobs_jan.birth == PartialDate(3, 15, 1976)
    # Bob corrects the birthday; Anna deletes Piet; both add someone.
    bob.register.update(bobs_jan.with_changes(birth=PartialDate(3, 16, 1976), likes="drop"))
    bob.register.add(Colleague(first_name="Kees", last_name="Smit", email="kees@example.nl"))
    anna.register.delete(anna.by_email("piet@example.nl").id)
    anna.register.add(Colleague(first_name="Lies", last_name="Mol", email="lies@example.nl"))
    first = anna.sync()
    assert (first.pushed, first.deleted) == (1, 1)
    second = bob.sync()
    assert (second.pulled, second.pushed, second.deleted) == (1, 2, 1)
    third = anna.sync()
    assert third.pulled == 2
    assert anna.names() == bob.names() == ["Jan de Vries", "Kees Smit", "Lies Mol"]
    assert anna.by_email("jan@example.nl").birth == PartialDate(3, 16, 1976)
    assert anna.by_email("jan@example.nl").likes == "drop"
    # Nothing changed: nothing travels.
    assert anna.sync().as_json() | {"collections": {}} == {"pulled": 0, "pushed": 0, "deleted": 0, "conflicts": 0,
                                                             "waiting": 0, "deferred": 0, "erased": 0,
                                                             "collections": {}}


def test_plans_travel_with_their_organisers(members):
    anna, bob, _ = members
    celebrant = anna.register.add(jan())
    organiser = anna.register.add(Colleague(first_name="Piet", last_name="Bakker", email="piet@example.nl"))
    anna.plans.save(Celebration(None, f"birthday-{celebrant.id}-2026-03-15", Kind.BIRTHDAY, celebrant.id,
                                date(2026, 3, 15), date(2026, 3, 13), what="Taart", budget_cents=2500,
                                status=Status.PLANNED, organisers=(Organiser(organiser.id, "knows"),)))
    anna.sync()
    bob.register.add(Colleague(first_name="Zz", last_name="Eerst"))  # Bob's ids differ from Anna's
    bob.sync()
    [plan] = bob.plans.all()
    bobs_jan, bobs_piet = bob.by_email("jan@example.nl"), bob.by_email("piet@example.nl")
    assert bobs_jan.id != celebrant.id
    assert plan.occasion_key == f"birthday-{bobs_jan.id}-2026-03-15"
    assert plan.organisers == (Organiser(bobs_piet.id, "knows"),)
    assert (plan.what, plan.budget_cents, plan.status) == ("Taart", 2500, Status.PLANNED)
    bob.plans.save(plan.__class__(**{**plan.__dict__, "status": Status.DONE, "actual_cost_cents": 2350}))
    bob.sync()
    anna.sync()
    [annas] = anna.plans.all()
    assert (annas.status, annas.actual_cost_cents) == (Status.DONE, 2350)
    anna.plans.delete(annas.id)
    anna.sync()
    assert bob.sync().deleted == 1
    assert bob.plans.all() == []


def test_the_same_colleague_changed_on_both_sides_is_a_conflict_and_nothing_is_lost(members):
    anna, bob, _ = members
    anna.register.add(jan())
    anna.sync()
    bob.sync()
    anna.register.update(anna.by_email("jan@example.nl").with_changes(likes="koffie"))
    bob.register.update(bob.by_email("jan@example.nl").with_changes(likes="thee", dietary="vegetarisch"))
    anna.sync()
    report = bob.sync()
    assert report.conflicts == 1
    assert bob.by_email("jan@example.nl").likes == "thee"  # Bob's version stays in his file
    [conflict] = sync_state.conflicts(bob.db)
    assert (conflict.local["likes"], conflict.remote["likes"]) == ("thee", "koffie")
    assert anna.sync().pulled == 0  # the server keeps Anna's version while Bob's question waits
    assert anna.by_email("jan@example.nl").likes == "koffie"
    # Bob chooses field by field: Anna's likes, his own dietary need.
    resolve(bob.db, conflict.collection, conflict.uid, {**conflict.local, "likes": "koffie"})
    assert sync_state.conflicts(bob.db) == []
    assert bob.sync().pushed == 1
    anna.sync()
    mixed = anna.by_email("jan@example.nl")
    assert (mixed.likes, mixed.dietary) == ("koffie", "vegetarisch")


def test_a_change_made_on_the_server_by_another_client_is_picked_up(members, server):
    anna, _, _ = members
    anna.register.add(jan(likes="drop"))
    report = anna.sync()
    [card] = sync_state.objects(anna.db, "addressbook")
    # Another client (as Nextcloud Contacts does): read the card, rename, correct the birthday, add a phone.
    session = niquests.Session()
    if server.user:
        session.auth = (server.user, PASSWORD)
    url = server.url.rstrip("/") + card.href
    response = session.get(url)
    edited = vobject.readOne(response.text)
    edited.n.value = vobject.vcard.Name(family="Vries-Bakker", given="Johannes", additional="de")
    edited.fn.value = "Johannes de Vries-Bakker"
    edited.bday.value = "1976-03-17"
    edited.add("tel").value = "+31 20 123 4567"
    put = session.put(url, data=edited.serialize().encode(), headers={
        "If-Match": response.headers["ETag"], "Content-Type": "text/vcard; charset=utf-8"})
    assert put.status_code in (201, 204)
    assert anna.sync().pulled == 1
    renamed = anna.by_email("jan@example.nl")
    assert (renamed.first_name, renamed.prefix, renamed.last_name) == ("Johannes", "de", "Vries-Bakker")
    assert renamed.birth == PartialDate(3, 17, 1976)
    assert renamed.likes == "drop"
    anna.register.update(renamed.with_changes(notes="verhuisd"))
    anna.sync()
    again = vobject.readOne(session.get(url).text)
    session.close()
    assert again.tel.value == "+31 20 123 4567"  # what we do not own stays on the card
    assert again.note.value == "verhuisd"
    assert report.collections["addressbook"].endswith("/")


def test_a_server_that_stops_mid_round_loses_nothing_and_the_next_round_goes_on(members, server):
    anna, bob, _ = members
    for number in range(12):
        anna.register.add(Colleague(first_name=f"Collega{number}", last_name="Test", email=f"c{number}@example.nl"))
    steps = []

    def stop_after_three(step):
        steps.append(step)
        if steps.count("pushed") == 3:
            server.stop()

    with pytest.raises(dav.DavError):
        anna.sync(on_step=stop_after_three)
    assert len(anna.register.colleagues()) == 12
    server.start()
    report = anna.sync()
    assert report.pushed == 9
    assert bob.sync().pulled == 12
    assert anna.names() == bob.names()


def test_a_wiped_address_book_does_not_wipe_the_file(members, server):
    anna, _, _ = members
    for number in range(10):
        anna.register.add(Colleague(first_name=f"Collega{number}", email=f"c{number}@example.nl"))
    anna.sync()
    client = dav.Client(server.url, server.user, PASSWORD)
    for card in sync_state.objects(anna.db, "addressbook"):
        client.delete(card.href, None)
    client.close()
    with pytest.raises(TooManyDeletions):
        anna.sync()
    assert len(anna.register.colleagues()) == 10
    assert anna.sync(force=True).deleted == 10
    assert anna.register.colleagues() == []


def test_the_collection_itself_may_be_the_address(members, server, tmp_path):
    anna, _, _ = members
    anna.register.add(jan())
    collections = anna.sync().collections
    # Carla is given the address book's own address, and the calendar's name.
    carla = Member(tmp_path / "carla-direct.sqlite", server, url=server.url.rstrip("/") + collections["addressbook"])
    carla.settings = Settings(carla.settings.url, server.user, "", "Lief en leed")
    assert carla.sync().pulled == 1
    carla.db.close()


def test_plain_http_to_another_computer_is_refused(tmp_path):
    db = open_database(tmp_path / "f.sqlite")
    with pytest.raises(dav.DavError, match="https"):
        sync(db, Settings("http://dav.example.org/"), "x")
    db.close()


def test_a_change_on_the_server_between_pull_and_push_is_never_overwritten(members, server):
    anna, bob, _ = members
    anna.register.add(jan())
    anna.sync()
    bob.sync()
    bob.register.update(bob.by_email("jan@example.nl").with_changes(likes="thee"))

    def anna_meanwhile(step):
        if step == "pulled" and anna.by_email("jan@example.nl").likes != "koffie":
            anna.register.update(anna.by_email("jan@example.nl").with_changes(likes="koffie"))
            anna.sync()

    report = bob.sync(on_step=anna_meanwhile)
    assert report.waiting == 1  # the If-Match failed: Anna's version stays on the server
    assert bob.sync().conflicts == 1
    assert bob.by_email("jan@example.nl").likes == "thee"
    assert anna.sync().pulled == 0
    assert anna.by_email("jan@example.nl").likes == "koffie"


def test_without_sync_tokens_etags_are_compared(members, monkeypatch):
    anna, bob, _ = members

    def no_rfc_6578(self, collection, token):
        raise dav.DavError("REPORT: the server answered 501", 501)

    monkeypatch.setattr(dav.Client, "sync_collection", no_rfc_6578)
    anna.register.add(jan())
    anna.register.add(Colleague(first_name="Piet", email="piet@example.nl"))
    anna.sync()
    assert bob.sync().pulled == 2
    anna.register.update(anna.by_email("jan@example.nl").with_changes(likes="drop"))
    anna.register.delete(anna.by_email("piet@example.nl").id)
    anna.sync()
    report = bob.sync()
    assert (report.pulled, report.deleted) == (1, 1)
    assert bob.names() == ["Jan de Vries"]
    assert bob.sync().as_json()["pulled"] == 0


def test_a_round_with_nothing_changed_leaves_the_file_untouched(members):
    anna, _, _ = members
    anna.register.add(jan())
    anna.sync()
    anna.sync()
    before = anna.db.execute("PRAGMA data_version").fetchone()[0]
    watcher = open_database(anna.db.path)  # another connection sees commits of this one in its data_version
    seen = watcher.execute("PRAGMA data_version").fetchone()[0]
    assert anna.sync().quiet
    assert watcher.execute("PRAGMA data_version").fetchone()[0] == seen
    assert anna.db.execute("PRAGMA data_version").fetchone()[0] == before
    watcher.close()


def test_a_sync_killed_mid_push_is_finished_by_the_next_round_without_duplicates(tmp_path):
    """A real crash: `social-calendar sync` killed (SIGKILL) while it sends. The server accepted writes that the
    file never recorded; the next round agrees on those instead of sending them twice or calling them conflicts."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from desktop.store.file_settings import write_setting

    server = Server("radicale", tmp_path / "radicale", login=False)  # the command needs no keyring then
    server.start()
    try:
        path = tmp_path / "anna.sqlite"
        db = open_database(path)
        Register(db).add_many(Colleague(first_name=f"Collega{n}", email=f"c{n}@example.nl") for n in range(150))
        write_setting(db, "sync.url", server.url)
        write_setting(db, "sync.user", server.user)
        db.close()
        process = subprocess.Popen([sys.executable, "-m", "desktop", "sync", "--db", str(path)],
                                   cwd=Path(__file__).parents[2], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        client = dav.Client(server.url, server.user)
        collection = f"/{server.user}/social-calendar-addressbook/"  # made by the command, not here: no race
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if len(client.etags(collection)) >= 20:
                        break
                except dav.DavError:
                    pass
                time.sleep(0.05)
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            sent = len(client.etags(collection))
            assert 20 <= sent < 150, "the kill should come in the middle of the round"
            db = open_database(path)
            report = sync(db, Settings(server.url, server.user), None)
            assert report.conflicts == 0
            assert report.pushed <= 150 - sent + 1
            assert len(client.etags(collection)) == 150
            assert sync(db, Settings(server.url, server.user), None).quiet
            db.close()
        finally:
            client.close()
    finally:
        server.stop()


def test_two_members_who_both_imported_the_register_get_one_card_per_colleague(members):
    anna, bob, _ = members
    for member in (anna, bob):  # both imported the HR list before they shared
        member.register.add(jan())
        member.register.add(Colleague(first_name="Piet", last_name="Bakker", email="piet@example.nl"))
    bob.register.update(bob.by_email("piet@example.nl").with_changes(likes="thee"))
    anna.sync()
    report = bob.sync()
    assert report.pushed == 0
    assert report.conflicts == 1  # Piet differs: both versions kept
    assert bob.by_email("piet@example.nl").likes == "thee"
    assert len(sync_state.objects(bob.db, "addressbook")) == 2
    assert sorted(c.full_name for c in bob.register.colleagues()) == ["Jan de Vries", "Piet Bakker"]


def test_recorded_occasions_travel_as_events_beside_the_plans(members):
    from desktop.models.occasion_records import RecordedOccasion

    anna, bob, _ = members
    celebrant = anna.register.add(jan())
    anna.register.add_recorded_occasion(RecordedOccasion(None, celebrant.id, "birth", date(2026, 5, 2),
                                                         child_name="Noor", notes="dochter"))
    anna.register.add_recorded_occasion(RecordedOccasion(None, None, "custom", date(2026, 6, 20),
                                                         title="Zomeruitje"))
    anna.sync()
    bob.register.add(Colleague(first_name="Zz", last_name="Eerst"))  # Bob's ids differ from Anna's
    bob.sync()
    records = {r.kind: r for r in bob.register.recorded_occasions()}
    assert records["birth"].colleague_id == bob.by_email("jan@example.nl").id
    assert (records["birth"].child_name, records["birth"].notes) == ("Noor", "dochter")
    assert (records["custom"].colleague_id, records["custom"].title) == (None, "Zomeruitje")
    # Bob moves the outing; Anna deletes the birth.
    bob.register.update_recorded_occasion(records["custom"].__class__(
        records["custom"].id, None, "custom", date(2026, 6, 27), "Zomeruitje"))
    bob.sync()
    anna.register.delete_recorded_occasion(next(r.id for r in anna.register.recorded_occasions()
                                                if r.kind == "birth"))
    assert anna.sync().pulled == 2  # Bob's new colleague and the moved outing
    assert bob.sync().deleted == 1
    assert [(r.kind, r.date) for r in anna.register.recorded_occasions()] == [("custom", date(2026, 6, 27))]
    assert [(r.kind, r.date) for r in bob.register.recorded_occasions()] == [("custom", date(2026, 6, 27))]
    assert anna.sync().quiet


def test_a_plan_for_a_recorded_occasion_goes_with_its_record(members):
    from desktop.models.occasion_records import RecordedOccasion

    anna, bob, _ = members
    bob.register.add(Colleague(first_name="Zz", last_name="Eerst"))  # Bob's ids differ from Anna's
    bob.register.add_recorded_occasion(RecordedOccasion(None, None, "custom", date(2026, 1, 1), title="Ander"))
    celebrant = anna.register.add(jan())
    birth = anna.register.add_recorded_occasion(RecordedOccasion(None, celebrant.id, "birth", date(2026, 5, 2),
                                                                 child_name="Noor"))
    anna.plans.save(Celebration(None, f"record-{birth.id}", Kind.BIRTH, celebrant.id, date(2026, 5, 2),
                                date(2026, 5, 4), what="Kraamcadeau", budget_cents=3000))
    assert anna.sync().pushed == 3  # Jan, the birth, and its plan (named by the birth's UID)
    bob.sync()
    bobs_birth = next(r for r in bob.register.recorded_occasions() if r.kind == "birth")
    [plan] = bob.plans.all()
    assert plan.occasion_key == f"record-{bobs_birth.id}"
    assert bobs_birth.id != birth.id
    assert (plan.what, plan.colleague_id) == ("Kraamcadeau", bob.by_email("jan@example.nl").id)


def test_leave_travels_as_events_and_keeps_organisers_suggestions_the_same(members):
    from desktop.models.organisers import Leave

    anna, bob, _ = members
    bob.register.add(Colleague(first_name="Zz", last_name="Eerst"))  # Bob's ids differ from Anna's
    piet = anna.register.add(Colleague(first_name="Piet", last_name="Bakker", email="piet@example.nl"))
    anna.plans.set_leave(piet.id, [Leave(piet.id, date(2026, 7, 1), date(2026, 7, 21)),
                                   Leave(piet.id, date(2026, 12, 24), date(2026, 12, 31))])
    anna.sync()
    bob.sync()
    bobs_piet = bob.by_email("piet@example.nl")
    assert [(p.start, p.end) for p in bob.plans.leave(bobs_piet.id)] == [
        (date(2026, 7, 1), date(2026, 7, 21)), (date(2026, 12, 24), date(2026, 12, 31))]
    bob.plans.set_leave(bobs_piet.id, [Leave(bobs_piet.id, date(2026, 7, 1), date(2026, 7, 14))])
    bob.sync()
    anna.sync()
    assert [(p.start, p.end) for p in anna.plans.leave(piet.id)] == [(date(2026, 7, 1), date(2026, 7, 14))]
    assert anna.sync().quiet


def test_the_policies_are_one_object_for_the_whole_committee(members):
    from dataclasses import replace as changed

    from desktop.store.gift_policy_store import load_gift_rules, save_gift_rules
    from desktop.store.policy_store import load_policy, save_policy

    anna, bob, _ = members
    save_policy(anna.db, changed(load_policy(anna.db), milestone_age_from=30))
    anna.sync()
    bob.sync()
    assert load_policy(bob.db).milestone_age_from == 30
    rules = load_gift_rules(bob.db)
    save_gift_rules(bob.db, (changed(rules[0], budget_cents=rules[0].budget_cents + 500), *rules[1:]))
    bob.sync()
    anna.sync()
    assert load_gift_rules(anna.db)[0].budget_cents == rules[0].budget_cents + 500
    assert load_policy(anna.db).milestone_age_from == 30
    assert anna.sync().quiet


def test_language_repetition_and_former_organisers_travel_and_a_pull_does_not_reset_them(members):
    from dataclasses import replace

    from desktop.models.occasion_records import RecordedOccasion

    anna, bob, _ = members
    celebrant = anna.register.add(jan(language="en"))
    lunch = anna.register.add_recorded_occasion(RecordedOccasion(
        None, None, "custom", date(2026, 12, 11), "Kerstlunch", repeat="FREQ=YEARLY;BYMONTH=12;BYDAY=2FR",
        until=date(2030, 12, 31)))
    anna.plans.save(Celebration(None, f"birthday-{celebrant.id}-2027-03-15", Kind.BIRTHDAY, celebrant.id,
                                date(2027, 3, 15), date(2027, 3, 15), what="Taart", former_organisers=2))
    anna.plans.save(Celebration(None, f"record-{lunch.id}-2027", Kind.CUSTOM, None, date(2027, 12, 10),
                                date(2027, 12, 10), what="Lunch"))
    anna.sync()
    bob.register.add(Colleague(first_name="Zz", last_name="Eerst"))  # Bob's ids differ from Anna's
    bob.sync()
    bobs_jan = bob.by_email("jan@example.nl")
    [bobs_lunch] = bob.register.recorded_occasions()
    plans = {p.kind: p for p in bob.plans.all()}
    assert bobs_jan.language == "en"
    assert (bobs_lunch.repeat, bobs_lunch.until) == ("FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", date(2030, 12, 31))
    assert plans[Kind.BIRTHDAY].former_organisers == 2
    assert plans[Kind.CUSTOM].occasion_key == f"record-{bobs_lunch.id}-2027"
    # Bob changes something else on each; what Anna pulls keeps the language, the rule and the count.
    bob.register.update(bobs_jan.with_changes(likes="thee"))
    bob.register.update_recorded_occasion(replace(bobs_lunch, notes="in de kantine"))
    bob.plans.save(replace(plans[Kind.BIRTHDAY], what="Taart en bloemen"))
    bob.sync()
    assert anna.sync().pulled == 4  # with Bob's Zz
    annas_jan = anna.by_email("jan@example.nl")
    [annas_lunch] = anna.register.recorded_occasions()
    annas_plan = next(p for p in anna.plans.all() if p.kind is Kind.BIRTHDAY)
    assert (annas_jan.likes, annas_jan.language) == ("thee", "en")
    assert (annas_lunch.notes, annas_lunch.repeat, annas_lunch.until) == (
        "in de kantine", "FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", date(2030, 12, 31))
    assert (annas_plan.what, annas_plan.former_organisers) == ("Taart en bloemen", 2)
    assert anna.sync().quiet
    assert bob.sync().quiet


def _jan_who_organises(anna):
    """Jan (with notes), a plan for his birthday, and Piet whose plan Jan organises; returns Jan."""
    celebrant = anna.register.add(jan(notes="geheim"))
    organiser = anna.register.add(Colleague(first_name="Piet", last_name="Bakker", email="piet@example.nl"))
    anna.plans.save(Celebration(None, f"birthday-{celebrant.id}-2027-03-15", Kind.BIRTHDAY, celebrant.id,
                                date(2027, 3, 15), date(2027, 3, 15), what="Taart"))
    anna.plans.save(Celebration(None, f"birthday-{organiser.id}-2027-06-01", Kind.BIRTHDAY, organiser.id,
                                date(2027, 6, 1), date(2027, 6, 1), what="Bloemen",
                                organisers=(Organiser(celebrant.id, "knows"),)))
    return celebrant


def test_a_forgotten_colleague_is_deleted_on_the_server_and_never_comes_back(members, server):
    from desktop.models.occasion_records import RecordedOccasion
    from desktop.store.privacy import forget

    anna, bob, _ = members
    celebrant = _jan_who_organises(anna)
    anna.register.add_recorded_occasion(RecordedOccasion(None, celebrant.id, "birth", date(2026, 5, 2),
                                                         child_name="Noor"))
    anna.sync()
    bob.sync()
    # Bob changes Jan on the server; before Anna's next round she forgets him (the AVG's right to erasure).
    bob.register.update(bob.by_email("jan@example.nl").with_changes(likes="drop"))
    bob.sync()
    forget(anna.db, [celebrant.id])
    report = anna.sync()
    assert anna.by_email("jan@example.nl") is None  # Bob's newer copy on the server did not bring him back
    assert (report.deleted, report.pushed) == (3, 1)  # his card, the birth, the plan about him; the one he organised
    for table in ("sync_objects", "sync_conflicts"):
        text = " ".join(str(row) for row in anna.db.execute(f"SELECT * FROM {table}"))
        assert not any(word in text for word in ("Vries", "jan@example.nl", "geheim")), table
    # On the server he is gone; the plan he organised counts a former colleague instead.
    client = dav.Client(server.url, server.user, PASSWORD)
    try:
        for collection, kind in (("addressbook", dav.ADDRESSBOOK), ("calendar", dav.CALENDAR)):
            url = report.collections[collection]
            texts = [text for _, text in client.multiget(url, kind, client.etags(url)).values()]
            assert texts
            assert not any(word in text for text in texts for word in ("Vries", "Noor", "Taart"))
    finally:
        client.close()
    bob.sync()
    assert bob.by_email("jan@example.nl") is None
    assert bob.register.recorded_occasions() == []
    [left] = bob.plans.all()
    assert (left.what, left.organisers, left.former_organisers) == ("Bloemen", (), 1)
    assert anna.sync().quiet
    assert bob.sync().quiet


def test_a_forgotten_colleague_changed_on_the_server_between_pull_and_push_is_deleted_all_the_same(members,
                                                                                                 monkeypatch):
    from desktop.store.privacy import forget

    anna, bob, _ = members
    anna.register.add(jan())
    anna.sync()
    bob.sync()
    forget(anna.db, [anna.by_email("jan@example.nl").id])

    def bob_meanwhile(step):
        if step == "pulled" and bob.by_email("jan@example.nl").likes != "thee":
            bob.register.update(bob.by_email("jan@example.nl").with_changes(likes="thee"))
            with monkeypatch.context() as older:  # an older build, that does not read the erasure marker
                older.setattr(erasures, "publish", lambda *args: erasures.Marker())
                bob.sync()

    report = anna.sync(on_step=bob_meanwhile)
    assert (report.deleted, report.waiting) == (1, 0)  # the If-Match failed, and the erasure went on
    assert bob.sync().deleted == 1
    assert bob.by_email("jan@example.nl") is None
    assert anna.by_email("jan@example.nl") is None
    assert anna.sync().quiet


def _server_texts(server, report):
    client = dav.Client(server.url, server.user, PASSWORD)
    try:
        return {href: text for collection, kind in (("addressbook", dav.ADDRESSBOOK), ("calendar", dav.CALENDAR))
                for url in [report.collections[collection]]
                for href, (_, text) in client.multiget(url, kind, client.etags(url)).items()}
    finally:
        client.close()


def _forgotten_with_bob_offline(anna, bob):
    """Anna shares Jan (with a plan about him, and one he organises); Bob edits Jan offline; Anna forgets him and
    syncs. Returns the UIDs the server knew (Jan's among them)."""
    from desktop.store.privacy import forget

    celebrant = _jan_who_organises(anna)
    anna.sync()
    bob.sync()
    uids = {uid for (uid,) in anna.db.execute("SELECT uid FROM sync_objects")}
    bob.register.update(bob.by_email("jan@example.nl").with_changes(likes="drop", notes="nog geheimer"))
    forget(anna.db, [celebrant.id])
    assert anna.sync().deleted == 2  # his card and the plan about him
    return uids


_JAN = ("Jan", "Vries", "jan@example.nl", "1976", "0315", "geheim", "drop", "Taart")


def test_an_erasure_reaches_a_member_who_edited_the_colleague_offline(members, server):
    anna, bob, carla = members
    uids = _forgotten_with_bob_offline(anna, bob)
    report = bob.sync()
    assert (report.erased, report.pushed) == (1, 0)  # Bob's edit is dropped, not sent up as a new card
    assert bob.by_email("jan@example.nl") is None
    [left] = bob.plans.all()
    assert (left.what, left.organisers, left.former_organisers) == ("Bloemen", (), 1)
    texts = _server_texts(server, report)
    assert not any(word in text for text in texts.values() for word in _JAN[1:])
    anna.sync()
    assert anna.by_email("jan@example.nl") is None
    assert carla.sync().erased == 0  # a member joining later never sees him
    assert carla.names() == ["Piet Bakker"]
    # The marker: one note in the calendar, without his name, address, birthday or UID.
    [marker] = [text for text in texts.values() if erasures.ERASURES_UID in text]
    found = erasures.from_vjournal(marker)
    assert len(found.erased) == 2
    readable = marker + str(found.erased) + found.salt
    assert not any(word in readable for word in (*_JAN, *uids))
    for member in (anna, bob, carla):
        assert member.sync().quiet
    for table in ("sync_objects", "sync_conflicts", "colleagues"):
        text = " ".join(str(row) for row in bob.db.execute(f"SELECT * FROM {table}"))
        assert not any(word in text for word in ("Vries", "jan@example.nl", "geheim")), table


def test_a_copy_sent_up_again_by_an_older_build_is_deleted_and_never_taken(members, server, monkeypatch):
    anna, bob, carla = members
    _forgotten_with_bob_offline(anna, bob)
    with monkeypatch.context() as older:  # Bob's build does not know the marker: it sends his Jan up as new
        older.setattr(erasures, "publish", lambda *args: erasures.Marker())
        assert bob.sync().pushed == 1
    report = anna.sync()
    assert report.deleted == 1  # Anna's round deleted the copy on the server, and did not take it
    assert anna.by_email("jan@example.nl") is None
    assert not any("Vries" in text for text in _server_texts(server, report).values())
    assert carla.sync().pulled == 2  # Piet and his plan, not Jan
    assert carla.names() == ["Piet Bakker"]
    assert bob.sync().erased == 1  # Bob's newer build forgets him too
    assert bob.by_email("jan@example.nl") is None


def test_two_members_erasing_at_the_same_time_merge_the_marker(members, server, monkeypatch):
    from desktop.store.privacy import forget

    anna, bob, carla = members
    anna.register.add(jan())
    anna.register.add(Colleague(first_name="Piet", last_name="Bakker", email="piet@example.nl"))
    anna.sync()
    bob.sync()
    forget(anna.db, [anna.by_email("jan@example.nl").id])
    forget(bob.db, [bob.by_email("piet@example.nl").id])
    real, quicker = erasures.read, []

    def anna_writes_hers_just_after_bob_read(client, calendar):
        found = real(client, calendar)
        if not quicker:
            quicker.append("anna")
            anna.sync()
        return found

    monkeypatch.setattr(erasures, "read", anna_writes_hers_just_after_bob_read)
    report = bob.sync()  # Bob's first write of the marker meets Anna's (a 412): read again, merged, written
    monkeypatch.undo()
    assert quicker
    [marker] = [erasures.from_vjournal(text) for text in _server_texts(server, report).values()
                if erasures.ERASURES_UID in text]
    assert len(marker.erased) == 2
    for member in (anna, bob, carla):
        member.sync()
        assert member.names() == []
