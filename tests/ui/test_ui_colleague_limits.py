"""The dialog refuses over-long values beside their field, and accepts values at the limit."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.colleague import Department
from desktop.ui.colleague_dialog import ColleagueDialog

TODAY = date(2026, 11, 28)
LONG_EMAIL = "p" * 250 + "@x.nl"  # 255 characters


@pytest.fixture
def dialog(qtbot) -> ColleagueDialog:
    dialog = ColleagueDialog(None, [Department(1, "ICT")], TODAY)
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Pieter")
    dialog.edits["last_name"].setText("Berg")
    return dialog


def _error(dialog, field) -> str:
    label = dialog.errors[field]
    return label.text() if not label.isHidden() else ""


def test_an_e_mail_address_over_254_characters_is_refused_beside_its_field(dialog):
    dialog.edits["email"].setText(LONG_EMAIL)
    dialog.accept()
    assert dialog.result_colleague is None
    assert _error(dialog, "email") == "An e-mail address is at most 254 characters; this one has 255"


def test_notes_over_10000_characters_are_refused_beside_them(dialog):
    dialog.notes.setPlainText("n" * 10_001)
    dialog.accept()
    assert dialog.result_colleague is None
    assert _error(dialog, "notes") == "Text is longer than 10000 characters"


def test_values_at_the_limits_are_accepted(dialog):
    dialog.edits["email"].setText("p" * 249 + "@x.nl")
    dialog.edits["last_name"].setText("B" * 100)
    dialog.notes.setPlainText("n" * 10_000)
    dialog.accept()
    assert dialog.result_colleague is not None
