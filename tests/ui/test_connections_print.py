"""File › Print connections… and the page's Save as PDF… (issue 15): the real options dialog, the print preview
and the file dialog, answered as a person would; the pages hold the figures and name nobody unless ticked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.app import build_window
from desktop.ui.connections.printing import ConnectionsChoice, ConnectionsPrintDialog
from tests.render.test_insight_pages import NAMES, make_connections_office
from tests.render.test_printing import pdf_pages, pdf_text
from tests.ui.hand_clock import clock_on
from tests.ui.person import Person

TODAY = date(2027, 12, 31)


@pytest.fixture
def window(qtbot, register, db_path):
    make_connections_office(register)
    window = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def person(qapp):
    before = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)  # Qt's file dialog, to type into
    person = Person()
    yield person
    person.stop()
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


def test_the_dialog_offers_the_last_twelve_months_without_names(qtbot):
    dialog = ConnectionsPrintDialog(TODAY, (date(2027, 1, 1), date(2027, 12, 31)))
    qtbot.addWidget(dialog)
    assert dialog.choice() == ConnectionsChoice(date(2027, 1, 1), date(2027, 12, 31), False, "a4")
    assert dialog.period.preset() == "last_12_months"


def test_file_print_connections_previews_two_pages_with_the_figures_and_no_names(window, person, tmp_path):
    out = tmp_path / "printed.pdf"
    person.expect(person.accept, person.print_to_file(out))
    window.print_connections_action.trigger()
    assert person.done() == []
    assert person.preview_pages == [2] == [pdf_pages(out)]
    text = pdf_text(out)
    for shown in ("Connections across the organisation", "67%", "Finance", "ICT", "Sales"):
        assert shown in text
    for name in NAMES:
        assert name not in text


def test_the_pages_save_as_pdf_names_colleagues_when_ticked(window, person, tmp_path):
    window.pages.setCurrentWidget(window.pages.connections_holder)
    page = window.pages.connections
    page.period.from_edit.setDate(date(2027, 3, 1))

    def with_names(dialog: ConnectionsPrintDialog) -> None:
        assert dialog.period.period() == (date(2027, 3, 1), date(2027, 12, 31))  # the page's period is offered
        assert dialog.period.preset() == "chosen"
        dialog.names_box.setChecked(True)

    person.expect(person.choose_then_accept(with_names), person.save_as(tmp_path / "named"))
    page.pdf_button.click()
    assert person.done() == []
    assert person.suggested == ["connections-2027-03-01-2027-12-31.pdf"]
    written = tmp_path / "named.pdf"
    assert written.stat().st_mode & 0o777 == 0o600
    text = pdf_text(written)
    assert "Dirk Draagvlak" in text
    assert "Eva Onbekend" in text
