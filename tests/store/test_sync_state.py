"""The sync state in the file: objects, tokens, conflicts, and the link that goes with a deleted row."""

from desktop.models.colleague import Colleague
from desktop.store import sync_state
from desktop.store.database import open_database
from desktop.store.repository import Register
from desktop.store.sync_state import ADDRESSBOOK, SyncObject


def test_objects_tokens_and_conflicts_are_kept(tmp_path):
    db = open_database(tmp_path / "f.sqlite")
    register = Register(db)
    jan = register.add(Colleague(first_name="Jan", last_name="Jansen"))
    sync_state.start_collection(db, ADDRESSBOOK, "http://127.0.0.1/ab/")
    sync_state.save_objects(db, [SyncObject.agreed(ADDRESSBOOK, "u1", jan.id, "/ab/u1.vcf", '"1"', {"a": 1}, "TEXT")])
    sync_state.set_sync_token(db, ADDRESSBOOK, "token-1")
    sync_state.record_conflict(db, ADDRESSBOOK, "u1", {"a": 2}, {"a": 3}, "/ab/u1.vcf", '"2"', "TEXT2")
    db.close()
    db = open_database(tmp_path / "f.sqlite")
    [found] = sync_state.objects(db, ADDRESSBOOK)
    assert (found.uid, found.local_id, found.href, found.etag, found.fields) == (
        "u1", jan.id, "/ab/u1.vcf", '"1"', {"a": 1})
    assert sync_state.content_of(db, ADDRESSBOOK, "u1") == "TEXT"
    assert sync_state.collection_state(db, ADDRESSBOOK) == ("http://127.0.0.1/ab/", "token-1")
    [conflict] = sync_state.conflicts(db)
    assert (conflict.local, conflict.remote, conflict.remote_etag) == ({"a": 2}, {"a": 3}, '"2"')


def test_a_deleted_colleague_leaves_a_tombstone_that_a_new_row_with_its_id_does_not_take(tmp_path):
    db = open_database(tmp_path / "f.sqlite")
    register = Register(db)
    jan = register.add(Colleague(first_name="Jan"))
    sync_state.save_objects(db, [SyncObject.agreed(ADDRESSBOOK, "u1", jan.id, "/ab/u1.vcf", '"1"', {}, "")])
    register.delete(jan.id)
    newcomer = register.add(Colleague(first_name="Nieuw"))
    assert newcomer.id == jan.id  # SQLite hands out the freed id again
    [tombstone] = sync_state.objects(db, ADDRESSBOOK)
    assert tombstone.local_id is None


def test_another_collection_forgets_what_was_agreed_with_the_first(tmp_path):
    db = open_database(tmp_path / "f.sqlite")
    sync_state.start_collection(db, ADDRESSBOOK, "http://127.0.0.1/one/")
    sync_state.save_objects(db, [SyncObject.agreed(ADDRESSBOOK, "u1", 1, "/one/u1.vcf", '"1"', {}, "")])
    sync_state.start_collection(db, ADDRESSBOOK, "http://127.0.0.1/one/")
    assert len(sync_state.objects(db, ADDRESSBOOK)) == 1
    sync_state.start_collection(db, ADDRESSBOOK, "http://127.0.0.1/two/")
    assert sync_state.objects(db, ADDRESSBOOK) == []
    assert sync_state.collection_state(db, ADDRESSBOOK) == ("http://127.0.0.1/two/", None)


def test_changes_here_mark_their_objects_for_the_next_round(tmp_path):
    db = open_database(tmp_path / "f.sqlite")
    register = Register(db)
    department = register.add_department("ICT")
    jan = register.add(Colleague(first_name="Jan", department_id=department.id))
    piet = register.add(Colleague(first_name="Piet"))
    sync_state.save_objects(db, [SyncObject.agreed(ADDRESSBOOK, f"u{c.id}", c.id, f"/ab/{c.id}.vcf", '"1"', {}, "")
                                 for c in (jan, piet)])
    assert sync_state.unlinked(db, ADDRESSBOOK) == []
    register.update(piet.with_changes(likes="thee"))
    register.rename_department(department.id, "Informatica")  # Jan's card names the department
    kees = register.add(Colleague(first_name="Kees"))
    assert {o.uid: o.dirty for o in sync_state.objects(db, ADDRESSBOOK)} == {f"u{jan.id}": True,
                                                                             f"u{piet.id}": True}
    assert sync_state.unlinked(db, ADDRESSBOOK) == [kees.id]
