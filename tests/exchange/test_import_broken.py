"""Broken and hostile input: each gets a clear message and the file stays exactly as it was."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

from desktop.exchange.importing import ImportFileError, apply_import, plan_import
from desktop.models.colleague import Colleague

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.fixture
def filled(register):
    """A register with one colleague, so 'unchanged' also means nobody was altered or removed."""
    register.add(Colleague(first_name="Bestaand", last_name="Persoon", email="bestaand@example.nl"))
    return register


def _digest(db_path):
    return hashlib.sha256(db_path.read_bytes()).hexdigest()


def _zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


FILE_ERRORS = [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\r\n  \r\n", "is empty"),
    ("bom-only.csv", b"\xef\xbb\xbf", "is empty"),
    ("only-separators.csv", b";;;\n;;;\n", "is empty"),
    ("header-only.csv", b"Voornaam;Achternaam\r\n", "a header but no colleagues"),
    ("header-and-blank-rows.csv", b"Voornaam;Achternaam\n;\n;\n", "a header but no colleagues"),
    ("tabs.csv", b"Voornaam\tAchternaam\tE-mail\nJan\tJansen\tjan@x.nl\n", "separated by tabs"),
    ("pipes.csv", b"voornaam|achternaam|email\nJan|Jansen|jan@x.nl\n", "not separated by a comma or semicolon"),
    ("unknown-columns.csv", b"Foo;Bar;Baz\n1;2;3\n", "No column with a name was found"),
    ("image.csv", PNG, "not a text file"),
    ("random.csv", bytes(range(256)) * 8, "not a text file"),
    ("text.xlsx", b"Voornaam;Achternaam\nJan;Jansen\n", "not an Excel workbook"),
    ("archive.xlsx", _zip_bytes(), "not a readable Excel workbook"),
    ("archive.zip", _zip_bytes(), "not a readable Excel workbook"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "cannot be read. Save it as Excel workbook"),
    ("cards.vcf", b"Voornaam;Achternaam\nJan;Jansen\n", "holds no vCards"),
    ("unterminated.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Jan\n", "holds no vCards"),
]


@pytest.mark.parametrize(("name", "data", "expected"), FILE_ERRORS, ids=[case[0] for case in FILE_ERRORS])
def test_unreadable_files_are_refused_as_a_whole(tmp_path, filled, db_path, today, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    before = _digest(db_path)
    with pytest.raises(ImportFileError) as raised:
        plan_import(path, filled, today)
    assert expected in raised.value.message.untranslated()
    assert _digest(db_path) == before


def test_no_name_column_lists_what_was_expected(tmp_path, register, today):
    path = tmp_path / "x.csv"
    path.write_text("E-mail;Telefoon\njan@x.nl;06\n")
    with pytest.raises(ImportFileError) as raised:
        plan_import(path, register, today)
    text = raised.value.message.untranslated()
    assert '"E-mail", "Telefoon"' in text
    assert "voornaam/first name" in text


def test_missing_file_and_folder(tmp_path, register, today):
    with pytest.raises(ImportFileError, match="does not exist"):
        plan_import(tmp_path / "nope.csv", register, today)
    with pytest.raises(ImportFileError, match="is a folder"):
        plan_import(tmp_path, register, today)


def test_unknown_columns_are_ignored_with_one_warning(tmp_path, register, today):
    path = tmp_path / "x.csv"
    path.write_text("Naam;Schoenmaat;Lievelingskleur;Naam\nJan Jansen;44;blauw;dubbel\nEva Smit;38;rood;\n")
    plan = plan_import(path, register, today)
    assert len(plan.new) == 2
    assert [c.colleague.first_name for c in plan.rows] == ["Jan", "Eva"]
    assert [w.untranslated() for w in plan.warnings] == [
        'Ignored 2 columns this app does not use: "Schoenmaat", "Lievelingskleur"',
        'Ignored a repeated column, the first one is used: "Naam"']


def test_rows_with_another_separator_or_too_many_values_are_refused(tmp_path, register, today):
    path = tmp_path / "x.csv"
    path.write_text("Voornaam;Achternaam;E-mail\nJan;Jansen;jan@x.nl\nEva,Smit,eva@x.nl\nPiet;Bos;p@x.nl;extra\n")
    plan = plan_import(path, register, today)
    assert {r.row: r.message.untranslated()[:30] for r in plan.refused} == {
        3: "this row uses another separato", 4: "this row has 4 values but the "}


def test_a_damaged_vcard_is_refused_by_its_number(tmp_path, register, today):
    path = tmp_path / "x.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Jan Jansen\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nthis line is no property\nEND:VCARD\n")
    plan = plan_import(path, register, today)
    assert [r.row for r in plan.refused] == [2]
    assert "cannot be read" in plan.refused[0].message.untranslated()
    assert len(plan.new) == 1


def test_a_huge_name_is_refused_and_nothing_is_written(tmp_path, register, db_path, today):
    path = tmp_path / "x.csv"
    path.write_text("Voornaam;Achternaam\nJan;Jansen\n" + "A" * 10_000 + ";Lang\n")
    plan = plan_import(path, register, today)
    assert [(r.row, r.message.untranslated()) for r in plan.refused] == [
        (3, "First name is longer than 100 characters")]
    before = _digest(db_path)
    with pytest.raises(ImportFileError):
        apply_import(plan, register)
    assert _digest(db_path) == before


HOSTILE = [
    ("Robert'); DROP TABLE colleagues;--", "O'Brien \"Bobby\""),
    ("Anna \"de Kleine\"", "Smit, jr."),
    ("😀🎉 Zoë", "Ng 👩🏽‍💻"),
    ("محمد", "العلي"),
    ("שרה", "כהן"),
    ("x\u202eevil", "Bidi\u200f"),
]


def test_quotes_sql_emoji_and_right_to_left_names_are_stored_literally(tmp_path, register, today):
    path = tmp_path / "x.csv"
    lines = ["Voornaam;Achternaam"]
    lines += ['"{}";"{}"'.format(first.replace('"', '""'), last.replace('"', '""')) for first, last in HOSTILE]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(path, register, today)
    assert plan.refused == []
    apply_import(plan, register)
    stored = [(c.first_name, c.last_name) for c in register.colleagues()]
    assert sorted(stored) == sorted(HOSTILE)
    tables = {row[0] for row in register.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "colleagues" in tables
    assert register.count() == len(HOSTILE)


def test_quote_inside_an_unquoted_field_is_kept(tmp_path, register, today):
    path = tmp_path / "x.csv"
    path.write_text('Voornaam,Achternaam\nJan "Jantje",Jansen\n')
    plan = plan_import(path, register, today)
    assert plan.rows[0].colleague.first_name == 'Jan "Jantje"'


def test_control_characters_are_stripped_before_validation(tmp_path, register, today):
    path = tmp_path / "x.csv"
    path.write_bytes(b'Voornaam;Achternaam;Notities\n"Ja\x07n\x1b";"Jan\tsen\r\nII";"a\x01b\r\nc\x0b"\n')
    (row,) = plan_import(path, register, today).rows
    assert (row.colleague.first_name, row.colleague.last_name, row.colleague.notes) == ("Jan", "Jan sen II",
                                                                                        "ab\nc")


def test_an_unterminated_quote_is_refused_with_its_line(tmp_path, register, today):
    path = tmp_path / "x.csv"
    path.write_text('Voornaam;Achternaam\nJan;Jansen\nPiet;"Bos\nEva;Smit\n')
    with pytest.raises(ImportFileError, match="the double quote opened on line 3 is never closed"):
        plan_import(path, register, today)
    path.write_text('Voornaam;Achternaam\nJan;"Jan"sen\n')
    with pytest.raises(ImportFileError, match="cannot be read as CSV on line 2"):
        plan_import(path, register, today)
