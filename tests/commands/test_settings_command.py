"""`social-calendar settings`: list the file's settings, change one in one transaction, refuse what is wrong."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import main


def stored(db_path) -> dict[str, str]:
    with sqlite3.connect(db_path) as conn:
        return dict(conn.execute("SELECT key, value FROM settings WHERE key NOT LIKE 'publish%'").fetchall())


def test_settings_lists_the_defaults_then_what_was_set(db_path, capsys):
    assert main(["settings", "--db", str(db_path), "set", "mail.port", " 465 "]) == 0
    assert main(["settings", "--db", str(db_path), "set", "mail.security", "TLS"]) == 0
    assert main(["settings", "--db", str(db_path), "--format", "json"]) == 0
    values = json.loads(capsys.readouterr().out)
    assert values["mail.port"] == "465"
    assert values["mail.security"] == "tls"
    assert values["reminders.digest_weekday"] == "1"
    assert values["privacy.leaver_retention_months"] == "12"
    assert main(["settings", "--db", str(db_path)]) == 0
    assert "mail.port = 465\n" in capsys.readouterr().out


@pytest.mark.parametrize(("key", "value", "says"), [
    ("mail.colour", "blue", "mail.colour is not a setting"),
    ("mail.port", "seventy", "seventy is not a whole number from 1 to 65535"),
    ("mail.port", "0", "0 is not a whole number from 1 to 65535"),
    ("mail.security", "ssl", "ssl is not one of: none, starttls, tls"),
    ("mail.manager", "office manager", "office manager is not an e-mail address"),
    ("reminders.digest_weekday", "8", "8 is not a whole number from 1 to 7"),
])
def test_a_wrong_key_or_value_is_refused_and_changes_nothing(db_path, capsys, key, value, says):
    assert main(["settings", "--db", str(db_path), "set", "mail.port", "2525"]) == 0
    before = stored(db_path)
    assert main(["settings", "--db", str(db_path), "set", key, value]) == 1
    assert says in capsys.readouterr().err
    assert stored(db_path) == before


def test_a_refused_value_makes_no_file_and_a_good_one_starts_a_new_file(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    assert main(["settings", "--db", str(path), "set", "mail.port", "x"]) == 1
    assert not path.exists()
    assert main(["settings", "--db", str(path), "set", "mail.manager", "office@example.nl"]) == 0
    assert stored(path) == {"mail.manager": "office@example.nl"}


def test_listing_a_missing_file_is_refused(tmp_path, capsys):
    assert main(["settings", "--db", str(tmp_path / "nothing.sqlite")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nothing.sqlite").exists()
