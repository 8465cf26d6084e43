"""`export-person`, `forget` and `forget-leavers` on a real file, as a script or the manager would run them."""

from __future__ import annotations

import json
import sqlite3
import stat

from support.privacy_data import HERS, fill

from desktop.cli import main


def names(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [row[0] for row in conn.execute("SELECT first_name FROM colleagues ORDER BY id")]


def test_export_person_prints_json_or_writes_an_owner_only_file(register, db_path, tmp_path, capsys):
    fill(register)
    assert main(["export-person", "truusje.weggaan@example.nl", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["colleague"]["first_name"] == "Truusje"
    assert [p["kind"] for p in data["plans_about"]] == ["farewell"]
    out = tmp_path / "truus.json"
    assert main(["export-person", "truusje.weggaan@example.nl", "--db", str(db_path), "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text(encoding="utf-8")) == data
    assert main(["export-person", "truusje.weggaan@example.nl", "--db", str(db_path), "--out",
                 str(tmp_path / "missing" / "truus.json")]) == 1
    assert "Could not write" in capsys.readouterr().err


def test_an_unknown_address_says_so_and_exits_1(register, db_path, tmp_path, capsys):
    fill(register)
    out = tmp_path / "nobody.json"
    assert main(["export-person", "nobody@example.nl", "--db", str(db_path), "--out", str(out)]) == 1
    assert "No colleague has the e-mail address nobody@example.nl" in capsys.readouterr().err
    assert not out.exists()
    assert main(["forget", "nobody@example.nl", "--db", str(db_path), "--yes"]) == 1
    assert names(db_path) == ["Truusje", "Jan", "Piet"]


def test_forget_without_yes_only_says_what_would_go(register, db_path, capsys):
    fill(register)
    before = db_path.read_bytes()
    assert main(["forget", "truusje.weggaan@example.nl", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Forgetting Truusje Weggaan <truusje.weggaan@example.nl> erases:" in out
    assert "recorded occasions: 1" in out
    assert "plans about them: 1" in out
    assert "leave periods: 1" in out
    assert "run again with --yes" in out
    assert db_path.read_bytes() == before


def test_forget_yes_erases_them_and_their_bytes(register, db_path, capsys):
    fill(register)
    assert main(["forget", "truusje.weggaan@example.nl", "--db", str(db_path), "--yes", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "email": "truusje.weggaan@example.nl", "name": "Truusje Weggaan", "erased": True, "recorded_occasions": 1,
        "plans": 1, "leave": 1, "sent_mail": 2, "plans_organised_kept": 2}
    assert names(db_path) == ["Jan", "Piet"]
    raw = db_path.read_bytes()
    assert [marker for marker in HERS if marker in raw] == []
    assert main(["plans", "--db", str(db_path), "--from", "2026-12-01", "--to", "2026-12-31", "--format",
                 "json"]) == 0
    [plan] = json.loads(capsys.readouterr().out)
    assert [o["name"] for o in plan["organisers"]] == ["Piet Pieters", "a former colleague"]


def test_forget_leavers_previews_then_erases_who_is_due(register, db_path, capsys):
    fill(register)  # Truus left on 30 June 2025
    args = ["forget-leavers", "--db", str(db_path), "--today", "2026-06-29"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Nobody is due to be erased." in out
    assert "30-06-2026  Truusje Weggaan <truusje.weggaan@example.nl>, left 30-06-2025" in out
    args[-1] = "2026-06-30"
    assert main([*args, "--dry-run", "--format", "json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert [item["email"] for item in preview["erased"]] == ["truusje.weggaan@example.nl"]
    assert preview["next"] == []
    assert names(db_path) == ["Truusje", "Jan", "Piet"]
    assert main(args) == 0
    assert "Erased:\n  Truusje Weggaan" in capsys.readouterr().out
    assert names(db_path) == ["Jan", "Piet"]
    assert main(["settings", "--db", str(db_path), "set", "privacy.leaver_retention_months", "0"]) == 0
    assert main(args) == 0
    assert "never erased automatically" in capsys.readouterr().out
