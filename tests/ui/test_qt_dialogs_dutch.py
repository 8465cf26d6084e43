"""Qt's own dialogs speak Dutch too: the file dialog (its labels, buttons and tooltips), the message box's
buttons, the standard "Restore defaults" button. Qt's catalogue (qtbase_nl.qm, from PySide6's translations
folder) covers most; our catalogue fills what it leaves in English (desktop/i18n.py QT_GAPS)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desktop.i18n import install_translations
from desktop.models.policy import DEFAULT_POLICY
from desktop.ui.policy_dialog import PolicyDialog

ENGLISH = re.compile(r"\b(Look in|Files of|File name|Open|Save|Cancel|Back|Forward|Parent|Create|Detail|List|"
                     r"Yes|No|Restore|Defaults?)\b")


@pytest.fixture
def dutch(qapp):
    install_translations(qapp, "nl")
    yield qapp
    install_translations(qapp, "en")


def texts(dialog) -> list[str]:
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    for button in dialog.findChildren(QAbstractButton):
        shown += [t for t in (button.text(), button.toolTip()) if t]
    return shown


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_the_file_dialog_is_dutch(dutch, qtbot, tmp_path, mode):
    dialog = QFileDialog(None, "Agenda exporteren", str(tmp_path), "iCalendar (*.ics)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Qt shows where the desktop has none
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    english = [shown for shown in texts(dialog) if ENGLISH.search(shown.replace("&", ""))]
    assert not english
    assert "&Zoeken in:" in texts(dialog)


def test_message_boxes_and_standard_buttons_are_dutch(dutch, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Collega verwijderen", "Zeker?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(button.text().replace("&", "") for button in box.buttons()) == ["Ja", "Nee"]
    policy = PolicyDialog(DEFAULT_POLICY)
    qtbot.addWidget(policy)
    restore = policy.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    assert restore.text() == "&Standaard herstellen"
    assert policy.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
