"""`sync`, `conflicts` and `sync-password` against a real Radicale server on 127.0.0.1 (with a login)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models.colleague import Colleague
from desktop.store.database import open_database
from desktop.store.repository import Register
from tests.support.dav_servers import PASSWORD, USER, Server


@pytest.fixture
def radicale(tmp_path):
    server = Server("radicale", tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


def join(path: Path, url: str, monkeypatch) -> None:
    """What a member types: the settings (on a file that does not exist yet), then the password."""
    for key, value in (("sync.url", url), ("sync.user", USER), ("sync.addressbook", "Lief en leed"),
                       ("sync.calendar", "Lief en leed")):
        assert main(["settings", "--db", str(path), "set", key, value]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["sync-password", "--db", str(path)]) == 0


def run_sync(path: Path, capsys, *extra: str) -> dict:
    capsys.readouterr()
    assert main(["sync", "--db", str(path), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_two_members_share_through_the_commands(tmp_path, radicale, monkeypatch, capsys, memory_keyring):
    anna, bob = tmp_path / "anna.sqlite", tmp_path / "bob.sqlite"
    join(anna, radicale.url, monkeypatch)
    assert PASSWORD.encode() not in anna.read_bytes()
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    db = open_database(anna)
    Register(db).add(Colleague(first_name="Jan", last_name="Jansen", email="jan@example.nl"))
    db.close()
    assert run_sync(anna, capsys)["pushed"] == 1
    join(bob, radicale.url, monkeypatch)
    first = run_sync(bob, capsys)
    assert {key: first[key] for key in ("pulled", "pushed", "deleted", "conflicts")} == {
        "pulled": 1, "pushed": 0, "deleted": 0, "conflicts": 0}
    # Both change Jan: Bob's round finds the conflict and lists it.
    for path, likes in ((anna, "koffie"), (bob, "thee")):
        db = open_database(path)
        register = Register(db)
        register.update(register.colleagues()[0].with_changes(likes=likes))
        db.close()
    run_sync(anna, capsys)
    assert run_sync(bob, capsys)["conflicts"] == 1
    assert main(["conflicts", "--db", str(bob), "--format", "json"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert conflict["kind"] == "colleague"
    assert conflict["differs"] == ["likes"]
    assert (conflict["local"]["likes"], conflict["remote"]["likes"]) == ("thee", "koffie")
    assert main(["sync", "--db", str(bob)]) == 0
    assert capsys.readouterr().out.strip() == "pulled 0, pushed 0, deleted 0, conflicts 1"


def test_a_wrong_password_says_so_and_changes_nothing(tmp_path, radicale, monkeypatch, capsys):
    path = tmp_path / "f.sqlite"
    join(path, radicale.url, monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["sync-password", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["sync", "--db", str(path)]) == 1
    assert "refused the login" in capsys.readouterr().err


def test_plain_http_to_another_computer_is_refused_as_a_setting(tmp_path, capsys):
    path = tmp_path / "f.sqlite"
    assert main(["settings", "--db", str(path), "set", "sync.url", "http://dav.example.org/"]) == 1
    assert "https://" in capsys.readouterr().err
    assert main(["settings", "--db", str(path), "set", "sync.url", "https://dav.example.org/"]) == 0
    assert main(["settings", "--db", str(path), "set", "sync.url", "http://localhost:5232/"]) == 0


def test_sync_without_a_server_set_says_what_to_set(tmp_path, capsys):
    path = tmp_path / "f.sqlite"
    assert main(["settings", "--db", str(path), "set", "sync.user", "anna"]) == 0
    assert main(["sync", "--db", str(path)]) == 1
    assert "sync.url" in capsys.readouterr().err


def test_a_colleague_forgotten_by_another_member_is_forgotten_here_and_said_without_a_name(
        tmp_path, radicale, monkeypatch, capsys, memory_keyring):
    anna, bob = tmp_path / "anna.sqlite", tmp_path / "bob.sqlite"
    join(anna, radicale.url, monkeypatch)
    db = open_database(anna)
    Register(db).add(Colleague(first_name="Jan", last_name="Jansen", email="jan@example.nl"))
    db.close()
    run_sync(anna, capsys)
    join(bob, radicale.url, monkeypatch)
    run_sync(bob, capsys)
    db = open_database(bob)
    Register(db).update(Register(db).colleagues()[0].with_changes(likes="thee"))  # offline, before the erasure
    db.close()
    assert main(["forget", "jan@example.nl", "--db", str(anna), "--yes"]) == 0
    run_sync(anna, capsys)
    assert main(["sync", "--db", str(bob)]) == 0
    said = capsys.readouterr().out
    assert said.strip().splitlines()[-1] == ("1 colleague erased by another committee member; changes to them made "
                                             "here were dropped")
    assert "Jan" not in said
    db = open_database(bob)
    assert Register(db).colleagues() == []
    db.close()
