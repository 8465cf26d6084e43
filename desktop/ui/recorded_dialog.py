"""Record or change one birth, wedding, get-well wish, condolence or other occasion, each problem beside its field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.colleague import Colleague, Department, name_sort_key
from desktop.models.dates import DateError, parse_date
from desktop.models.kinds import RECORDED_KINDS
from desktop.models.labels import kind_name
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.repeat import Repeat, RepeatError, is_last_of_month
from desktop.ui.form_fields import date_text, error_label, show_error, with_error
from desktop.ui.help_browser import add_help_button
from desktop.ui.recorded_model import EVERYONE

_FIELDS = ("colleague", "date", "title", "until")
# How an other occasion may come back: each choice's rule is made from the date typed (models/repeat.py).
ONCE, YEARLY, NTH_WEEKDAY, LAST_WEEKDAY = "once", "yearly", "nth", "last"


def colleague_choices(colleagues: Iterable[Colleague],
                      departments: Iterable[Department] = ()) -> list[tuple[str, int]]:
    """("Pieter van der Berg (ICT)", id) in Dutch order ("van der Berg" under B); equal labels get the e-mail."""
    names = {department.id: department.name for department in departments}
    people = sorted(colleagues, key=name_sort_key)

    def label(colleague: Colleague, *extra: str) -> str:
        details = ", ".join(part for part in (names.get(colleague.department_id, ""), *extra) if part)
        return f"{colleague.full_name} ({details})" if details else colleague.full_name

    labels = [label(colleague) for colleague in people]
    return [(label(colleague, colleague.email) if labels.count(first) > 1 else first, colleague.id)
            for colleague, first in zip(people, labels, strict=True)]


class RecordedOccasionDialog(QDialog):
    """Problems show once a field has been left, and all of them when OK is pressed; OK refuses while any remain.

    Fields that do not apply to the chosen kind are hidden: the title belongs to other occasions, the child's
    name to births. Only an other occasion (the summer outing) may be for everyone.
    """

    def __init__(self, record: RecordedOccasion | None, colleagues: Iterable[Colleague], today: date,
                 colleague_id: int | None = None, departments: Iterable[Department] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.original = record or RecordedOccasion(None, colleague_id, RECORDED_KINDS[0].value, today)
        self.result_record: RecordedOccasion | None = None
        self._touched: set[str] = set()
        self._offered_for: date | None = None  # the date the repeat choices were made for
        self.setWindowTitle(self.tr("Record an occasion") if record is None else self.tr("Edit occasion"))
        self.kind = QComboBox()
        for kind in RECORDED_KINDS:
            self.kind.addItem(text(kind_name(kind)), kind.value)
        self.colleague = QComboBox()
        self.colleague.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # long Dutch names
        self.colleague.setEditable(True)
        self.colleague.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.colleague.addItem(self.tr("Everyone (no single colleague)"), EVERYONE)
        for label, colleague_id_ in colleague_choices(colleagues, departments):
            self.colleague.addItem(label, colleague_id_)
        self.colleague.setMinimumWidth(self.colleague.sizeHint().width())  # the longest name with its department
        self.colleague.lineEdit().setPlaceholderText(self.tr("Type part of a name"))
        completer = self.colleague.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.date_hint = QLabel()
        self.date_hint.setEnabled(False)  # the palette's quiet grey: a confirmation, not a field
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Summer outing, reception, sports day"))
        self.repeat = QComboBox()
        self.repeat.setToolTip(self.tr("An occasion that comes back every year is shown and planned each year"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("optional: the last day, DD-MM-YYYY"))
        self.child_name = QLineEdit()
        self.child_name.setPlaceholderText(self.tr("optional"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.errors = {name: error_label() for name in _FIELDS}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(self.buttons, "occasions")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)  # Enter in any line edit saves
        self._lay_out()
        self._fill(self.original)
        self._connect()
        self._refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, record: RecordedOccasion | None, colleagues: list[Colleague], today: date,
            colleague_id: int | None = None, departments: Iterable[Department] = ()) -> RecordedOccasion | None:
        """The changed (or new) occasion, or None when cancelled."""
        dialog = cls(record, colleagues, today, colleague_id, departments, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_record

    def current_kind(self) -> str:
        return self.kind.currentData()

    def choose_colleague(self, colleague_id: int | None) -> None:
        """Select a colleague by id; None selects "Everyone"."""
        found = self.colleague.findData(EVERYONE if colleague_id is None else colleague_id)
        self.colleague.setCurrentIndex(found)
        if found < 0:
            self.colleague.setEditText("")

    # -- reading and checking -------------------------------------------------------------------
    def read(self) -> tuple[RecordedOccasion, dict[str, str]]:
        """The occasion as the form describes it, and the problems by field (translated)."""
        problems: dict[str, str] = {}
        kind = self.current_kind()
        day = self.original.date
        typed = self.date.text().strip()
        if not typed:
            problems["date"] = self.tr("Enter the date")
        else:
            try:
                day = parse_date(typed)
            except DateError as exc:
                problems["date"] = text(exc.message)
        colleague_id = self._chosen_colleague(kind, problems)
        title = self.title.text().strip() if kind == "custom" else ""
        if kind == "custom" and not title:
            problems["title"] = self.tr("Give the occasion a title, such as “Summer outing”")
        repeat = self._repeat_rule(day) if kind == "custom" else ""
        until = self._until(day, problems) if repeat else None
        record = RecordedOccasion(self.original.id, colleague_id, kind, day, title,
                                  self.child_name.text().strip() if kind == "birth" else "",
                                  self.notes.toPlainText().strip(), repeat, until)
        return record, problems

    def _repeat_rule(self, day: date) -> str:
        choice = self.repeat.currentData()
        if choice == YEARLY:
            return Repeat().text()
        if choice in (NTH_WEEKDAY, LAST_WEEKDAY):
            return Repeat.nth_weekday_of(day, last=choice == LAST_WEEKDAY).text()
        return ""

    def _until(self, day: date, problems: dict[str, str]) -> date | None:
        typed = self.until.text().strip()
        if not typed:
            return None
        try:
            until = parse_date(typed)
        except DateError as exc:
            problems["until"] = text(exc.message)
            return None
        if until < day:
            problems["until"] = self.tr("The last day lies before the first")
        return until

    def _offer_repeats(self, day: date | None) -> None:
        """The ways to come back that the date allows: "every year on the second Friday of December" for 11
        December 2026, and "the last Friday" too when it is the month's last."""
        chosen = self.repeat.currentData() or self._stored_choice()
        self.repeat.blockSignals(True)
        self.repeat.clear()
        self.repeat.addItem(self.tr("Does not repeat"), ONCE)
        if day is not None:
            self.repeat.addItem(self._every_year(Repeat(), day), YEARLY)
            self.repeat.addItem(self._every_year(Repeat.nth_weekday_of(day), day), NTH_WEEKDAY)
            if is_last_of_month(day):
                self.repeat.addItem(self._every_year(Repeat.nth_weekday_of(day, last=True), day), LAST_WEEKDAY)
        found = self.repeat.findData(chosen)
        if found < 0 and chosen == LAST_WEEKDAY:
            found = self.repeat.findData(NTH_WEEKDAY)
        self.repeat.setCurrentIndex(max(0, found))
        self.repeat.blockSignals(False)

    def _every_year(self, repeat: Repeat, day: date) -> str:
        described = text(repeat.describe(day))
        return described[:1].upper() + described[1:]

    def _stored_choice(self) -> str:
        try:
            repeat = Repeat.parse(self.original.repeat)
        except RepeatError:
            return ONCE
        if repeat is None:
            return ONCE
        if repeat.week is None:
            return YEARLY
        return LAST_WEEKDAY if repeat.week == -1 else NTH_WEEKDAY

    def _chosen_colleague(self, kind: str, problems: dict[str, str]) -> int | None:
        typed = self.colleague.currentText().strip()
        if not typed:
            if kind != "custom":
                problems["colleague"] = self.tr("Choose the colleague")
            return None  # an other occasion without a name is for everyone
        found = self.colleague.findText(typed, Qt.MatchFlag.MatchFixedString)  # case-insensitive, whole text
        if found < 0:
            problems["colleague"] = self.tr("There is no colleague “{name}”; choose one from the list").format(
                name=typed)
            return None
        chosen = self.colleague.itemData(found)
        if chosen == EVERYONE:
            if kind != "custom":
                problems["colleague"] = self.tr("Choose one colleague: only an other occasion can be for everyone")
            return None
        return chosen

    def accept(self) -> None:
        self._touched.update(_FIELDS)
        record, problems = self._refresh()
        if problems:
            first = next(name for name in _FIELDS if name in problems)
            {"colleague": self.colleague, "date": self.date, "title": self.title, "until": self.until}[first].setFocus()
            return
        self.result_record = record
        super().accept()

    # -- building --------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Colleague:"), with_error(self.colleague, self.errors["colleague"]))
        date_box = with_error(self.date, self.errors["date"])
        date_box.layout().addWidget(self.date_hint)
        self.form.addRow(self.tr("&Date:"), date_box)
        self.form.addRow(self.tr("&Title:"), with_error(self.title, self.errors["title"]))
        self.form.addRow(self.tr("&Repeats:"), self.repeat)
        self.form.addRow(self.tr("&Until:"), with_error(self.until, self.errors["until"]))
        self.form.addRow(self.tr("C&hild's name:"), self.child_name)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # A width to start from, not a minimum: an explicit minimum would let the window be narrower than its
        # layout needs (a long name in a combo box ran past the edge).
        self.resize(460, self.sizeHint().height())
        order = [self.kind, self.colleague, self.date, self.title, self.repeat, self.until, self.child_name,
                 self.notes, self.buttons]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _fill(self, record: RecordedOccasion) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
        if record.id is None and record.colleague_id is None:
            self.colleague.setCurrentIndex(-1)  # a new occasion: nobody chosen yet
            self.colleague.setEditText("")
        else:
            self.choose_colleague(record.colleague_id)
        self.date.setText(date_text(record.date))
        self.title.setText(record.title)
        self._offer_repeats(record.date)
        self.until.setText(date_text(record.until) if record.until else "")
        self.child_name.setText(record.child_name)
        self.notes.setPlainText(record.notes)
        (self.colleague if record.id is None and record.colleague_id is None else self.date).setFocus()

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._refresh)
        self.colleague.currentTextChanged.connect(self._refresh)
        self.colleague.lineEdit().editingFinished.connect(lambda: self._touch("colleague"))
        self.repeat.currentIndexChanged.connect(self._refresh)
        for name, edit in (("date", self.date), ("title", self.title), ("until", self.until)):
            edit.textChanged.connect(self._refresh)
            edit.editingFinished.connect(lambda name=name: self._touch(name))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._refresh()

    def _refresh(self) -> tuple[RecordedOccasion, dict[str, str]]:
        record, problems = self.read()
        kind = self.current_kind()
        self.form.setRowVisible(self.title.parentWidget(), kind == "custom")
        self.form.setRowVisible(self.child_name, kind == "birth")
        self.form.setRowVisible(self.repeat, kind == "custom")
        self.form.setRowVisible(self.until.parentWidget(), kind == "custom" and self.repeat.currentData() != ONCE)
        self.colleague.lineEdit().setPlaceholderText(
            self.tr("Type part of a name, or leave empty for everyone") if kind == "custom"
            else self.tr("Type part of a name"))
        for name, label in self.errors.items():
            show_error(label, problems.get(name, "") if name in self._touched else "")
        valid_date = "date" not in problems
        if valid_date and self._offered_for != record.date:
            self._offered_for = record.date
            self._offer_repeats(record.date)
        self.date_hint.setText(QLocale().toString(QDate(record.date), QLocale.FormatType.LongFormat)
                               if valid_date else "")
        self.date_hint.setVisible(valid_date)
        return record, problems
