"""Add or change one colleague, with each problem shown beside its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.colleague import Celebrate, Colleague, Department, LeapDay
from desktop.models.dates import DateError, PartialDate, parse_date, parse_partial_date
from desktop.models.validation import validate
from desktop.ui.field_labels import field_labels
from desktop.ui.form_fields import date_text, error_label, show_error, with_error
from desktop.ui.help_browser import add_help_button

_DATE_FIELDS = ("hire_date", "service_start", "end_date")
_TEXT_FIELDS = ("first_name", "prefix", "last_name", "email", "likes", "dietary")


class ColleagueDialog(QDialog):
    """Problems show once a field has been left, and all of them when OK is pressed; OK refuses while any remain."""

    def __init__(self, colleague: Colleague | None, departments: list[Department], today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.original = colleague or Colleague()
        self.today = today
        self.result_colleague: Colleague | None = None
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Add colleague") if colleague is None
                            else self.tr("Edit {name}").format(name=colleague.full_name))
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in (*_TEXT_FIELDS[:4], "birth",
                                                                           *_DATE_FIELDS, *_TEXT_FIELDS[4:])}
        self.errors = {name: error_label() for name in (*self.edits, "work_days", "notes")}
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for department in departments:
            self.department.addItem(department.name, department.id)
        self.language = QComboBox()  # of the reminder mails to them (models.colleague.MAIL_LANGUAGES)
        # Language names are written in their own language on purpose (as Settings › Language).
        for code, name in (("", self.tr("The app's language")), ("nl", self.tr("Nederlands")),
                           ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.leap_day = QComboBox()
        self.leap_day.addItem(self.tr("Celebrate on 28 February in common years"), LeapDay.FEB_28)
        self.leap_day.addItem(self.tr("Celebrate on 1 March in common years"), LeapDay.MAR_1)
        self.work_days = [QCheckBox(name) for name in (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"),
                                                       self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                                                       self.tr("Sun"))]
        self.celebrate = QComboBox()
        self.celebrate.addItem(self.tr("Yes"), Celebrate.YES)
        self.celebrate.addItem(self.tr("Quietly"), Celebrate.QUIET)
        self.celebrate.addItem(self.tr("No"), Celebrate.NO)
        self.celebrate_help = QLabel()
        self.celebrate_help.setWordWrap(True)
        self.show_age = QCheckBox(self.tr("Age may appear on shared calendars and the notice board"))
        self.organises = QCheckBox(self.tr("Willing to help organise celebrations"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "colleagues")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)  # Enter in any line edit saves
        self._lay_out()
        self._fill(self.original)
        self._connect()
        self._refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, colleague: Colleague | None, departments: list[Department],
            today: date) -> Colleague | None:
        """The changed (or new) colleague, or None when cancelled."""
        dialog = cls(colleague, departments, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_colleague

    # -- reading and checking -------------------------------------------------------------------
    def read(self) -> tuple[Colleague, dict[str, str]]:
        """The colleague as the form describes it, and the problems by field (translated)."""
        problems: dict[str, str] = {}
        birth: PartialDate | None = None
        if self.edits["birth"].text().strip():
            try:
                birth = parse_partial_date(self.edits["birth"].text())
            except DateError as exc:
                problems["birth"] = text(exc.message)
        dates: dict[str, date | None] = {}
        for name in _DATE_FIELDS:
            dates[name] = None
            if self.edits[name].text().strip():
                try:
                    dates[name] = parse_date(self.edits[name].text())
                except DateError as exc:
                    problems[name] = text(exc.message)
        colleague = self.original.with_changes(
            **{name: self.edits[name].text().strip() for name in _TEXT_FIELDS},
            department_id=self.department.currentData(), birth=birth, **dates,
            leap_day=LeapDay(self.leap_day.currentData()), celebrate=Celebrate(self.celebrate.currentData()),
            work_days=frozenset(day for day, box in enumerate(self.work_days) if box.isChecked()),
            show_age=self.show_age.isChecked(), organises=self.organises.isChecked(),
            notes=self.notes.toPlainText().strip(), language=str(self.language.currentData()))
        for problem in validate(colleague, self.today):
            problems.setdefault(problem.field, text(problem.message))
        return colleague, problems

    def accept(self) -> None:
        self._touched.update(self.errors)
        colleague, problems = self._refresh()
        if problems:
            first = next(name for name in self.errors if name in problems)
            self._focus_widget(first).setFocus()
            return
        self.result_colleague = colleague
        super().accept()

    # -- building --------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        labels = field_labels()
        person = QFormLayout()
        for name in ("first_name", "prefix", "last_name", "email"):
            person.addRow(labels[name], with_error(self.edits[name], self.errors[name]))
        person.addRow(labels["department_id"], self.department)
        person.addRow(labels["language"], self.language)
        dates = QFormLayout()
        self.edits["birth"].setPlaceholderText(self.tr("DD-MM-YYYY, or DD-MM when the year is unknown"))
        dates.addRow(labels["birth"], with_error(self.edits["birth"], self.errors["birth"]))
        dates.addRow(labels["leap_day"], self.leap_day)
        self.edits["hire_date"].setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.edits["service_start"].setPlaceholderText(self.tr("same as the hire date"))
        self.edits["end_date"].setPlaceholderText(self.tr("still employed"))
        for name in _DATE_FIELDS:
            dates.addRow(labels[name], with_error(self.edits[name], self.errors[name]))
        days = QHBoxLayout()
        days.setContentsMargins(0, 0, 0, 0)
        for box in self.work_days:
            days.addWidget(box)
        days_box = QWidget()
        days_box.setLayout(days)
        consent = QFormLayout()
        consent.addRow(labels["work_days"], with_error(days_box, self.errors["work_days"]))
        consent.addRow(labels["celebrate"], self.celebrate)
        consent.addRow("", self.celebrate_help)
        consent.addRow("", self.show_age)
        consent.addRow("", self.organises)
        personal = QFormLayout()
        for name in ("likes", "dietary"):
            personal.addRow(labels[name], with_error(self.edits[name], self.errors[name]))
        personal.addRow(labels["notes"], with_error(self.notes, self.errors["notes"]))
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_group(self.tr("Person"), person))
        left.addWidget(_group(self.tr("Dates"), dates))
        left.addStretch()
        right.addWidget(_group(self.tr("Work and consent"), consent))
        right.addWidget(_group(self.tr("Personal"), personal))
        right.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.buttons)
        order = [self.edits[n] for n in ("first_name", "prefix", "last_name", "email")]
        order += [self.department, self.language]
        order += [self.edits["birth"], self.leap_day] + [self.edits[n] for n in _DATE_FIELDS]
        order += [*self.work_days, self.celebrate, self.show_age, self.organises, self.edits["likes"],
                  self.edits["dietary"], self.notes, self.buttons]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.edits["first_name"].setFocus()

    def _fill(self, colleague: Colleague) -> None:
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(colleague, name))
        self.edits["birth"].setText(colleague.birth.display() if colleague.birth else "")
        for name in _DATE_FIELDS:
            self.edits[name].setText(date_text(getattr(colleague, name)))
        self.department.setCurrentIndex(max(0, self.department.findData(colleague.department_id)))
        self.leap_day.setCurrentIndex(max(0, self.leap_day.findData(colleague.leap_day)))
        self.language.setCurrentIndex(max(0, self.language.findData(colleague.language)))
        self.celebrate.setCurrentIndex(max(0, self.celebrate.findData(colleague.celebrate)))
        for day, box in enumerate(self.work_days):
            box.setChecked(day in colleague.work_days)
        self.show_age.setChecked(colleague.show_age)
        self.organises.setChecked(colleague.organises)
        self.notes.setPlainText(colleague.notes)

    def _connect(self) -> None:
        for name, edit in self.edits.items():
            edit.textChanged.connect(self._refresh)
            edit.editingFinished.connect(lambda name=name: self._touch(name))
        for box in self.work_days:
            box.toggled.connect(lambda _checked: self._touch("work_days"))
        self.notes.textChanged.connect(self._refresh)
        self.celebrate.currentIndexChanged.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._refresh()

    def _refresh(self) -> tuple[Colleague, dict[str, str]]:
        colleague, problems = self.read()
        for name, label in self.errors.items():
            show_error(label, problems.get(name, "") if name in self._touched else "")
        birth = colleague.birth
        self.leap_day.setEnabled(birth is not None and (birth.month, birth.day) == (2, 29))
        self.celebrate_help.setText({
            Celebrate.YES: self.tr("Celebrated, also on shared calendars and the notice board."),
            Celebrate.QUIET: self.tr("Celebrated quietly: only you see it, never on shared outputs."),
            Celebrate.NO: self.tr("Not celebrated at all: no occasions are suggested."),
        }[Celebrate(self.celebrate.currentData())])
        return colleague, problems

    def _focus_widget(self, name: str) -> QWidget:
        if name == "work_days":
            return self.work_days[0]
        if name == "notes":
            return self.notes
        return self.edits[name]


def _group(title: str, layout: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box
