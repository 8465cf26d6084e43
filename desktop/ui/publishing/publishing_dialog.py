"""Settings › Publishing…: where the shared calendar goes (a folder, a CalDAV server), and "Publish now".

"Publish now" shows a bar of the events sent (the first publish to a server is one request per event) and a
Stop button: stopping keeps what was sent on the server, and the next publish sends the rest."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.publish.settings_store import PublishSettings
from desktop.ui.form_fields import ERROR_STYLE
from desktop.ui.help_browser import add_help_button

if TYPE_CHECKING:
    from desktop.ui.publishing.publisher import Publisher


class PublishingDialog(QDialog):
    """The settings of the open file. "Publish now" tries the values in the dialog through the window's
    `publisher`, in turn with its background publishes, so the two never send to one calendar at once; the
    dialog never waits for the network, also not when it closes."""

    def __init__(self, current: PublishSettings, password: str, publisher: Publisher | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.publisher = publisher
        self._trial: object | None = None  # the token of the try that runs
        self.setWindowTitle(self.tr("Publish the shared calendar"))
        intro = QLabel(self.tr(
            "The shared calendar respects every colleague's consent: quiet colleagues, hidden ages and "
            "private notes never leave this PC. The settings are kept in this file; the password in the "
            "system keyring."))
        intro.setWordWrap(True)
        self.automatic_check = QCheckBox(self.tr("Publish &automatically after every change"))
        self.automatic_check.setChecked(current.automatic)
        self.folder_edit = QLineEdit(current.folder)
        self.folder_edit.setPlaceholderText(self.tr("a folder on the shared drive, or a .ics file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_box = QGroupBox(self.tr("To a file or folder"))
        folder_box.setLayout(folder_row)
        self.url_edit = QLineEdit(current.caldav_url)
        self.url_edit.setPlaceholderText("https://cloud.example.nl/remote.php/dav/")
        self.user_edit = QLineEdit(current.caldav_user)
        self.password_edit = QLineEdit(password)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("kept in the system keyring"))
        self.calendar_edit = QLineEdit(current.caldav_calendar)
        self.calendar_edit.setPlaceholderText(self.tr("empty: the address is the calendar itself"))
        server = QFormLayout()
        server.addRow(self.tr("Server a&ddress"), self.url_edit)
        server.addRow(self.tr("&User name"), self.user_edit)
        server.addRow(self.tr("&Password"), self.password_edit)
        server.addRow(self.tr("&Calendar"), self.calendar_edit)
        server_box = QGroupBox(self.tr("To a CalDAV server"))
        server_box.setLayout(server)
        self.back_spin, self.ahead_spin = QSpinBox(), QSpinBox()
        for spin, value in ((self.back_spin, current.months_back), (self.ahead_spin, current.months_ahead)):
            spin.setRange(0, 120)
            spin.setValue(value)
        period = QFormLayout()
        period.addRow(self.tr("Months bac&k"), self.back_spin)
        period.addRow(self.tr("Months a&head"), self.ahead_spin)
        self.publish_button = QPushButton(self.tr("Publish &now"))
        self.publish_button.setEnabled(publisher is not None and publisher.workspace is not None)
        self.publish_button.clicked.connect(self.publish_now)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setToolTip(self.tr("Stop sending: what was sent stays on the server, the next publish "
                                            "sends the rest"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy until the number of events is known
        self.progress_bar.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        trial_row = QHBoxLayout()
        trial_row.addWidget(self.publish_button)
        trial_row.addWidget(self.progress_bar, 1)
        trial_row.addWidget(self.stop_button)
        trial = QVBoxLayout()
        trial.addLayout(trial_row)
        trial.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "publishing")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.automatic_check)
        layout.addWidget(folder_box)
        layout.addWidget(server_box)
        layout.addLayout(period)
        layout.addLayout(trial)
        layout.addWidget(self.buttons)
        # A width to start from, not a minimum: an explicit minimum would let the window be narrower than its
        # layout needs (a long name in a combo box ran past the edge).
        self.resize(560, self.sizeHint().height())
        if publisher is not None:
            publisher.trial_finished.connect(self._trial_finished)
            publisher.trial_progress.connect(self._trial_progress)

    def settings(self) -> PublishSettings:
        return PublishSettings(self.automatic_check.isChecked(), self.folder_edit.text().strip(),
                               self.url_edit.text().strip(), self.user_edit.text().strip(),
                               self.calendar_edit.text().strip(), self.back_spin.value(), self.ahead_spin.value())

    def password(self) -> str:
        return self.password_edit.text()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Publish to folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # -- "Publish now": with the values in the dialog, through the publisher --------------------
    def publish_now(self) -> None:
        settings = replace(self.settings(), automatic=True)
        if self.publisher is None or self._trial is not None:
            return
        if not settings.has_destination:
            self._show(self.tr("Fill in a folder or a server first."), error=True)
            return
        self._trial = self.publisher.try_settings(settings, self.password())
        if self._trial is None:
            return
        self.publish_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        self._show(self.tr("Publishing…"))

    def stop(self) -> None:
        """Stop the try between two events; it reports back through _trial_finished."""
        if self.publisher is not None and self._trial is not None:
            self.stop_button.setEnabled(False)
            self._show(self.tr("Stopping after the event being sent…"))
            self.publisher.stop_trial(self._trial)

    def _trial_progress(self, token, done: int, total: int) -> None:
        if token is None or token is not self._trial:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if self.stop_button.isEnabled():
            locale = QLocale()
            self._show(self.tr("Publishing {done} of %Ln event(s)…", "", total).format(done=locale.toString(done)))

    def _trial_finished(self, token, outcome, error) -> None:
        if token is None or token is not self._trial:
            return  # another dialog's try, or one this dialog no longer waits for
        self._trial = None
        self.publish_button.setEnabled(True)
        self.progress_bar.hide()
        self.stop_button.hide()
        from desktop.models.progress import Cancelled

        if isinstance(error, Cancelled):
            sent, total = getattr(error, "sent", 0), getattr(error, "total", 0)
            if sent:
                self._show(self.tr("Stopped after {sent} of %Ln event(s). What was sent stays on the server; the "
                                   "next publish sends the rest.", "", total).format(sent=QLocale().toString(sent)))
            else:
                self._show(self.tr("Stopped before any event was sent."))
            return
        if error is not None:
            from desktop.ui.publishing.publisher import _reason

            self._show(_reason(error), error=True)
            return
        parts = [self.tr("Published %n event(s).", "", outcome.events)]
        if outcome.file is not None:
            parts.append(self.tr("File: {path}").format(path=outcome.file))
        if outcome.caldav is not None:
            result = outcome.caldav
            parts.append(self.tr("Server: {created} new, {updated} changed, {deleted} removed").format(
                created=result.created, updated=result.updated, deleted=result.deleted))
        self._show(" ".join(parts))

    def _show(self, text: str, error: bool = False) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE if error else "")
        self.result_label.setText(text)

    def done(self, result: int) -> None:
        # A try that still runs goes on in the publisher (its result shows nowhere); the window never waits.
        self._trial = None
        if self.publisher is not None:
            self.publisher.trial_finished.disconnect(self._trial_finished)
            self.publisher.trial_progress.disconnect(self._trial_progress)
            self.publisher = None
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, current: PublishSettings, password: str,
            publisher: Publisher | None = None) -> tuple[PublishSettings, str] | None:
        dialog = cls(current, password, publisher, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings(), dialog.password()
