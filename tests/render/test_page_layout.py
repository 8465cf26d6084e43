"""Printed tables: every text whole on paper (wrapped, never ending in "…"), and the closing totals line never
alone on the last page of the manager's overview."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QPdfWriter

from desktop.models.celebration import Celebration, Status
from desktop.render.layout import Cell, Column, Row, Style, TablePages, page_layout
from desktop.store.celebrations import Celebrations
from tests.render.test_printing import make_office, pdf_text, print_month

LONG_PLAN = ("Een kaart getekend door het team en een moment bij de koffie, met appeltaart van de bakker om de hoek "
             "en een bos zonnebloemen van de markt")


def test_a_long_plan_text_is_printed_whole(register, db_path, tmp_path):
    people = make_office(register)
    anna = people["Anna"]
    Celebrations(register.db).save(Celebration(
        None, f"birthday-{anna.id}-2027-03-10", "birthday", anna.id, date(2027, 3, 10), date(2027, 3, 10),
        LONG_PLAN, "", 2500, Status.PLANNED, None, "", 1.0, ()))
    out = tmp_path / "manager.pdf"
    assert print_month(db_path, out) == 0
    text = pdf_text(out)
    assert LONG_PLAN in text
    assert "…" not in text


def pages_for(writer: QPdfWriter, count: int, keep: bool) -> list[int]:
    """Rows per page for `count` rows and a totals line (kept with the row before it, or not)."""
    table = TablePages(writer, Style(8.5, 7.0, 7.5, 16.0, 9.0, accent=QColor("#4a6a8a")),
                       [Column("Date", 20), Column("What", 80)], "Title", "Subtitle", "Footer",
                       lambda number, total: f"{number}/{total}")
    rows = [Row([Cell(f"{n}"), Cell("a gift and a treat for the team")]) for n in range(count)]
    rows.append(Row(full="Occasions: many · planned: some · total budget: € 100,00", keep_with_previous=keep))
    return [len(page) for page in table.paginate(rows)]


def test_the_totals_never_stand_alone_on_the_last_page(tmp_path):
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageLayout(page_layout("a4"))
    alone_without = [n for n in range(1, 150) if pages_for(writer, n, keep=False)[-1] == 1]
    assert alone_without  # the case exists: a full page, then only the totals
    for count in alone_without:
        pages = pages_for(writer, count, keep=True)
        assert pages[-1] == 2, (count, pages)  # the last row came along
        assert sum(pages) == count + 1
