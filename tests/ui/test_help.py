"""Help: F1 opens the built-in guide (Dutch and English, bundled in the package) at the section of the page shown;
the bigger dialogs have a Help button that opens it at their own section; About stays in the Help menu."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.app import build_window
from desktop.i18n import install_translations
from desktop.ui import help_browser
from desktop.ui.colleague_dialog import ColleagueDialog
from desktop.ui.help_browser import HELP_DIR, PAGE_SECTIONS, HelpBrowser, guide_path, sections
from tests.ui.hand_clock import clock_on

ROOT = Path(__file__).resolve().parents[2]
# The sections the guide must have (the list), and those the pages and dialogs open.
REQUIRED = {"start", "occasions", "organisers", "consent", "printing", "publishing", "backups", "reminders"}
OPENED_BY_DIALOGS = {"colleagues", "organisers", "import", "occasions", "publishing", "printing", "reminders",
                     "planning", "gift-policy"}


@pytest.fixture
def window(qtbot, register, db_path):
    window = build_window(register, db_path, clock_on(date(2026, 11, 28)))
    qtbot.addWidget(window)
    window.show()
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HelpBrowser):
            widget.close()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_guide_has_every_section_in_both_languages(language):
    found = [anchor for anchor, _title in sections(guide_path(language))]
    assert REQUIRED | set(PAGE_SECTIONS) | OPENED_BY_DIALOGS <= set(found)
    assert found == [anchor for anchor, _ in sections(guide_path("en"))]  # the same sections, in the same order
    text = guide_path(language).read_text("utf-8")
    assert not re.search(r'href="(?!https?:|#)', text)  # readable offline: no links to files that are not there


def test_the_guide_is_package_data_in_the_wheel_the_sdist_and_the_bundle():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "resources/help/*.html" in package_data["desktop"]
    assert "*.html" in (ROOT / "MANIFEST.in").read_text()
    spec = (ROOT / "installer" / "social-calendar.spec").read_text()
    assert '(str(resources), "desktop/resources")' in spec  # the whole resources folder, help included
    assert sorted(p.name for p in HELP_DIR.glob("*.html")) == ["guide_en.html", "guide_nl.html"]


def test_f1_opens_the_guide_at_the_page_shown(window):
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in window.help_action.shortcuts()
    assert window.about_action.shortcuts() == []  # F1 is the guide's now; About stays in the Help menu
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == ["Social Calendar &guide", "&About Social Calendar"]
    for index, section in enumerate(PAGE_SECTIONS):
        window.pages.setCurrentIndex(index)
        window.help_action.trigger()
        guide = help_browser._open[0]
        assert guide.isVisible()
        assert guide.section() == section
        assert guide.windowTitle() == "Social Calendar guide"
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, HelpBrowser) and w.isVisible()]) == 1
    assert "Getting started" in [guide.contents.item(row).text() for row in range(guide.contents.count())]


def test_the_guide_speaks_the_language_of_the_window(window):
    install_translations(QApplication.instance(), "nl")
    window.help_action.trigger()
    guide = help_browser._open[0]
    assert guide.language == "nl"
    assert "Aan de slag" in guide.browser.toPlainText()
    assert guide.windowTitle() == "Handleiding Social Calendar"


def test_a_dialog_help_button_opens_its_own_section(window, register, qtbot):
    dialog = ColleagueDialog(None, [], date(2026, 11, 28), window)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Help)
    assert button is not None
    assert button.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    button.click()
    guide = help_browser._open[0]
    assert guide.section() == "colleagues"
    assert guide.parent() is dialog
    assert dialog.isVisible()  # Help does not close the dialog
    dialog.reject()
