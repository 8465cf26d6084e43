"""File › Export calendar… and the organiser's calendar: choose the period, audience and file, then write it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.ical.export import default_period
from desktop.models.colleague import Colleague
from desktop.models.dates import DISPLAY_FORMAT_QT
from desktop.models.occasions import Audience
from desktop.ui.form_fields import error_label, show_error, with_error
from desktop.ui.help_browser import add_help_button


@dataclass(frozen=True)
class ExportChoice:
    start: date
    end: date
    path: Path
    audience: Audience = Audience.SHARED
    recurring: bool = False
    organiser_email: str | None = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """The period, who the calendar is for (or which organiser), and the file. `ask` is what callers use."""

    def __init__(self, today: date, folder: str = "", organisers: list[Colleague] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.organisers = organisers
        start, end = default_period(today)
        self.setWindowTitle(self.tr("Export calendar") if organisers is None else self.tr("Organiser's calendar"))
        self.start_edit, self.end_edit = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DISPLAY_FORMAT_QT)
        self.period_error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.start_edit)
        form.addRow(self.tr("&To"), with_error(self.end_edit, self.period_error))
        self.audience_combo = QComboBox()
        self.recurring_check = QCheckBox(self.tr("Birthdays as &yearly recurring events"))
        self.organiser_combo = QComboBox()
        default_name = self.tr("social-calendar.ics", "default file name")  # in the UI's language
        if organisers is None:
            # A QVariant turns a StrEnum into a plain str, which `audience is Audience.SHARED` would not match
            # (quiet colleagues in the shared calendar): keep the value, choice() makes it an Audience again.
            self.audience_combo.addItem(self.tr("Shared: respects consent and hidden ages"), Audience.SHARED.value)
            self.audience_combo.addItem(self.tr("Manager: everyone, with plans and organisers"),
                                        Audience.MANAGER.value)
            form.addRow(self.tr("For"), self.audience_combo)
            form.addRow("", self.recurring_check)
            self.recurring_check.setToolTip(self.tr(
                "One event per colleague that repeats every year, instead of one event per birthday. "
                "Milestone birthdays keep their own event with the age."))
        else:
            for colleague in organisers:
                self.organiser_combo.addItem(f"{colleague.full_name} <{colleague.email}>", colleague.email)
            self.organiser_combo.currentIndexChanged.connect(self._suggest_organiser_file)
            form.addRow(self.tr("&Organiser"), self.organiser_combo)
            default_name = self.tr("celebrations.ics", "default file name")
        self.file_edit = QLineEdit(str(Path(folder or Path.home()) / default_name))
        self.file_error = error_label()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        file_box = QWidget()
        file_box.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("F&ile"), with_error(file_box, self.file_error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "publishing")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # A width to start from, not a minimum: an explicit minimum would let the window be narrower than its
        # layout needs (a long name in a combo box ran past the edge).
        self.resize(520, self.sizeHint().height())
        if organisers:
            self._suggest_organiser_file()

    def _suggest_organiser_file(self) -> None:
        email = self.organiser_combo.currentData() or ""
        name = email.split("@")[0].replace(".", "-") or "organiser"
        self.file_edit.setText(str(Path(self.file_edit.text()).with_name(
            self.tr("celebrations-{name}.ics", "default file name").format(name=name))))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar to"), self.file_edit.text(),
                                              self.tr("iCalendar (*.ics)"))
        if name:
            self.file_edit.setText(name if name.lower().endswith(".ics") else name + ".ics")

    def choice(self) -> ExportChoice | None:
        """What was chosen, or None (with the problem shown beside its field)."""
        start, end = _date(self.start_edit.date()), _date(self.end_edit.date())
        show_error(self.period_error, self.tr("The end lies before the start.") if end < start else "")
        path_text = self.file_edit.text().strip()
        path = Path(path_text).expanduser() if path_text else None
        problem = ""
        if path is None:
            problem = self.tr("Choose a file to write.")
        elif path.is_dir():
            problem = self.tr("This is a folder; add a file name such as social-calendar.ics.")
        elif not path.parent.is_dir():
            problem = self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        show_error(self.file_error, problem)
        if end < start or problem or path is None:
            return None
        if path.suffix == "":
            path = path.with_suffix(".ics")
        if self.organisers is not None:
            return ExportChoice(start, end, path, Audience.MANAGER, False, self.organiser_combo.currentData())
        return ExportChoice(start, end, path, Audience(self.audience_combo.currentData()),
                            self.recurring_check.isChecked())

    def accept(self) -> None:
        if self.choice() is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date, folder: str = "",
            organisers: list[Colleague] | None = None) -> ExportChoice | None:
        dialog = cls(today, folder, organisers, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
