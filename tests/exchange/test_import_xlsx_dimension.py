"""A workbook's size tag (`<dimension>` in the sheet) is only a claim: some exporters write it wrong. The
sheet's rows are read, not its claimed size."""

from __future__ import annotations

import re
import zipfile

import pytest

from desktop.exchange.importing import apply_import, plan_import

openpyxl = pytest.importorskip("openpyxl")
HEADER = ["Voornaam", "Achternaam", "E-mail", "Afdeling", "Geboortedatum", "Notities", "Vieren"]


def _workbook(tmp_path, dimension: str | None, people: int = 12):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for i in range(people):
        sheet.append([f"P{i}", "Jansen", f"p{i}@example.nl", "ICT", "1980-04-03", f"note {i}", "ja"])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    if dimension is None:
        return plain
    path = tmp_path / "personeel.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(),
                                      data)
                assert count == 1
            target.writestr(item, data)
    return path


@pytest.mark.parametrize("dimension", ["A1:G5", "A1", "A1:C13", "A1:Z5000", None],
                         ids=["too-few-rows", "A1", "too-few-columns", "too-large", "right"])
def test_every_row_and_column_of_the_sheet_is_read_whatever_its_size_tag_says(tmp_path, register, today,
                                                                              dimension):
    plan = plan_import(_workbook(tmp_path, dimension), register, today)
    assert (len(plan.new), len(plan.refused)) == (12, 0)
    apply_import(plan, register)
    people = sorted(register.colleagues(), key=lambda colleague: int(colleague.first_name[1:]))
    assert [colleague.first_name for colleague in people] == [f"P{i}" for i in range(12)]
    assert [colleague.notes for colleague in people] == [f"note {i}" for i in range(12)]
    assert {colleague.email for colleague in people} == {f"p{i}@example.nl" for i in range(12)}
