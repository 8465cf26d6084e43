"""Every page and dialog of the window, in a language and at a window size, on a realistic file: the demo
organisation plus colleagues and departments with the long Dutch names real registers hold.

Shared by tests/ui/test_nothing_cut_off.py (which measures every text) and scripts/screenshots.py (which saves
the pictures). Each scene is shown as a person would see it; a dialog is shown beside the window, never run
modally, and closed again after its look.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

TODAY = date(2026, 11, 28)
LANGUAGES = ("en", "nl")
SIZES = (QSize(1280, 800), QSize(1024, 700))
PAGES = ("home", "calendar", "year-list", "planning", "colleagues", "budget")

# Long names as Dutch registers hold them: double-barrelled surnames with prefixes, long department names.
LONG_DEPARTMENTS = ("Facilitaire Dienstverlening en Huisvesting", "Klantcontact en Kwaliteitsmanagement")
LONG_PEOPLE = (  # (first, prefix, last, department index, born (m, d, y), hired)
    ("Maria-Louise", "van den", "Heuvel-Vermeulen", 0, (12, 3, 1971), date(2001, 12, 1)),
    ("Gert-Jan", "in 't", "Veld-Kromodimedjo", 1, (11, 30, 1976), date(2014, 6, 2)),
    ("Anne-Marieke", "van der", "Linden-Tjon A Fong", 0, (12, 8, 1986), date(2019, 12, 9)),
)


def make_file(path: Path, people: int = 150, language: str = "en") -> None:
    """The demo organisation in `path`, with the long names above, its past year and coming weeks planned as the
    app does, the plans' texts in `language` (as a manager working in it would have stored them)."""
    from desktop.exchange.demo import write_demo
    from desktop.exchange.planning import apply_plans, plan_period
    from desktop.i18n import install_translations, text

    install_translations(QApplication.instance(), language)
    from desktop.models.colleague import Colleague
    from desktop.models.dates import PartialDate
    from desktop.store.database import open_database, transaction
    from desktop.store.repository import Register

    db = open_database(path)
    register = Register(db)
    write_demo(register, people=people, seed=7, today=TODAY, translate=text)
    with transaction(db):
        departments = [register.add_department(name) for name in LONG_DEPARTMENTS]
        register.add_many(
            Colleague(None, first, prefix, last, f"{first.lower()}.{index}@example.nl", departments[dept].id,
                      PartialDate(*born), hire_date=hired)
            for index, (first, prefix, last, dept, born, hired) in enumerate(LONG_PEOPLE))
    # The coming weeks planned too (as the manager would have done), so plans show their organisers and texts.
    apply_plans(register, plan_period(register, TODAY, TODAY + timedelta(days=45)), text)
    db.close()


@dataclass
class Scene:
    name: str  # "home", "dialog-colleague", ...
    widget: QWidget  # what the picture shows and the check measures: the window, or the dialog


class Window:
    """The main window on `path`, in `language`, at `size`: built once, then shown page by page."""

    def __init__(self, path: Path, language: str, size: QSize):
        from desktop.app import build_window
        from desktop.i18n import install_translations
        from desktop.store.database import open_database
        from desktop.store.repository import Register
        from tests.ui.hand_clock import clock_on

        self.language, self.size = language, size
        from desktop.preferences import TABLE_HEADER, settings

        settings().remove(TABLE_HEADER)  # each window as on its first day: the columns fitted to its language
        install_translations(QApplication.instance(), language)
        self.db = open_database(path)
        self.window = build_window(Register(self.db), path, clock_on(TODAY))
        self.window.resize(size)
        self.window.show()
        settle()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        settle()

    # -- pages ---------------------------------------------------------------------------------
    def pages(self) -> Iterator[Scene]:
        window, pages = self.window, self.window.pages
        for name in PAGES:
            if name == "home":
                pages.setCurrentIndex(0)
            elif name in ("calendar", "year-list"):
                pages.setCurrentWidget(pages.calendar_holder)
                settle()
                pages.calendar.tabs.setCurrentIndex(0 if name == "calendar" else 1)
                if name == "calendar":  # December: the Dutch holidays with their long names, many chips
                    pages.calendar.month_view.grid.select_day(date(2026, 12, 3))
            elif name == "planning":
                pages.setCurrentWidget(pages.planning_holder)
                settle()
                pages.planning.table.selectRow(0)
            elif name == "colleagues":
                page = window.colleagues_page()
                pages.setCurrentWidget(pages.colleagues_holder)
                settle()
                page.search.setText("Heuvel")  # the long name selected: its side panel shows
                settle()
                page.table.selectRow(0)
            elif name == "budget":
                pages.setCurrentWidget(pages.budget_holder)
            settle()
            yield Scene(name, window)
        pages.setCurrentIndex(0)
        if window.colleagues is not None:
            window.colleagues.search.clear()

    # -- dialogs -------------------------------------------------------------------------------
    def dialogs(self) -> Iterator[Scene]:
        for name, make in self._dialog_makers():
            with shown(make()) as dialog:
                if name in AFTER_SHOWN:  # what a person does once it is open (the errors appear in its layout)
                    AFTER_SHOWN[name](dialog)
                    settle()
                yield Scene(f"dialog-{name}", dialog)

    def _dialog_makers(self) -> list[tuple[str, Callable[[], QDialog]]]:
        window = self.window
        workspace, today = window.workspace, TODAY
        register = workspace.register

        def colleague() -> QDialog:
            from desktop.ui.colleague_dialog import ColleagueDialog

            someone = long_named(window)
            return ColleagueDialog(someone, workspace.departments(), today, window)

        def record() -> QDialog:
            from desktop.ui.recorded_dialog import RecordedOccasionDialog

            return RecordedOccasionDialog(None, workspace.model.colleagues(), today, long_named(window).id,
                                          workspace.departments(), window)

        def records() -> QDialog:
            from desktop.ui.recorded_list import RecordedOccasionsDialog

            return RecordedOccasionsDialog(workspace, today, None, window)

        def departments() -> QDialog:
            from desktop.ui.departments_dialog import DepartmentsDialog

            return DepartmentsDialog(workspace, window)

        def policy() -> QDialog:
            from desktop.ui.policy_dialog import PolicyDialog

            return PolicyDialog(workspace.policy(), window)

        def gift_policy() -> QDialog:
            from desktop.ui.planning.gift_policy_editor import GiftPolicyDialog

            return GiftPolicyDialog(workspace.gift_rules(), window)

        def leave() -> QDialog:
            from desktop.store.celebrations import Celebrations
            from desktop.ui.planning.leave_dialog import LeaveDialog

            someone = long_named(window)
            return LeaveDialog(someone, Celebrations(register.db).leave(someone.id), window)

        def plan_months() -> QDialog:
            from desktop.ui.planning.plan_months_dialog import PlanMonthsDialog

            return PlanMonthsDialog(register, today, window)

        def plan_editor() -> QDialog:
            from desktop.ui.planning.plan_editor import PlanEditor, suggester_for

            pages = window.pages
            pages.setCurrentWidget(pages.planning_holder)
            settle()
            items = pages.planning.items()
            item = next((i for i in items if i.celebration is not None), items[0])
            pages.setCurrentIndex(0)
            return PlanEditor(item, suggester_for(register, item.celebration.id if item.celebration else None),
                              window)

        def import_preview() -> QDialog:
            from desktop.exchange.importing import plan_import
            from desktop.ui.import_dialog import ImportDialog

            path = Path(self.db.path).parent / "personeel.csv"
            path.write_text(
                "Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Geboortedatum;Datum in dienst\n"
                "Maria-Louise;van den;Heuvel-Vermeulen;maria-louise.heuvel@example.nl;"
                "Facilitaire Dienstverlening en Huisvesting;03-12-1971;01-12-2001\n"
                "Wilhelmina;van;Oranje-Nassau;w.oranje@example.nl;Communicatie en Publieksvoorlichting;"
                "31-08-1980;\n"
                "Bert;;Bad;;ICT;31-02-1980;\n", encoding="utf-8")
            return ImportDialog(plan_import(path, register, today), path.name, window)

        def month_print() -> QDialog:
            from desktop.ui.printing.dialogs import MonthPrintDialog

            return MonthPrintDialog(today.year, today.month, window)

        def calendar_print() -> QDialog:
            from desktop.ui.printing.dialogs import CalendarPrintDialog

            return CalendarPrintDialog(window)

        def export() -> QDialog:
            from desktop.ui.publishing.export_dialog import ExportDialog

            return ExportDialog(today, "", None, window)

        def organiser_export() -> QDialog:
            from desktop.ui.publishing.export_dialog import ExportDialog

            return ExportDialog(today, "", workspace.model.colleagues()[:20], window)

        def publishing() -> QDialog:
            from desktop.exchange.publish.settings_store import load_settings
            from desktop.ui.publishing.publishing_dialog import PublishingDialog

            return PublishingDialog(load_settings(register.db), "", None, window)

        def mail() -> QDialog:
            from desktop.ui.mail_settings import MailSettingsDialog

            return MailSettingsDialog(register.db, today, window)

        def picker() -> QDialog:
            from desktop.ui.planning.colleague_picker import ColleaguePicker

            names = {d.id: d.name for d in workspace.departments()}
            return ColleaguePicker(workspace.model.colleagues(), names, parent=window)

        def share() -> QDialog:
            from desktop.ui.sync.share_dialog import ShareDialog

            return ShareDialog(register.db, window)

        def conflicts() -> QDialog:
            from desktop.exchange.sync.vcard_map import colleague_fields
            from desktop.store import sync_state
            from desktop.ui.sync.conflict_dialog import ConflictDialog

            colleague = max(register.colleagues(), key=lambda c: len(c.full_name))
            mine = colleague_fields(colleague, "Financiële administratie en control")
            theirs = mine | {"likes": "Zwarte koffie, pure chocolade en lange wandelingen langs de Amstel",
                             "dietary": "Vegetarisch", "first_name": colleague.first_name + "-Louise"}
            sync_state.record_conflict(register.db, "addressbook", "scene@conflict", mine, theirs, "/c.vcf", "e", "")
            return ConflictDialog(register.db, window)

        def about() -> QDialog:
            from desktop.ui.about_dialog import AboutDialog

            return AboutDialog(workspace.path, window)

        return [("colleague", colleague), ("colleague-errors", colleague),
                ("record", record), ("records", records), ("departments", departments), ("policy", policy),
                ("gift-policy", gift_policy), ("leave", leave), ("plan-months", plan_months),
                ("plan-editor", plan_editor), ("import", import_preview), ("import-new", import_preview),
                ("print-month", month_print),
                ("print-calendar", calendar_print), ("export", export), ("export-organiser", organiser_export),
                ("publishing", publishing), ("mail", mail), ("colleague-picker", picker),
                ("share", share), ("sync-conflicts", conflicts),
                ("about", about)]


def type_mistakes(dialog) -> None:
    """What a hurried person types into the colleague form, then OK: every problem shows under its field."""
    dialog.edits["birth"].setText("31-02-1980")
    dialog.edits["hire_date"].setText("1-1-2030")
    dialog.edits["end_date"].setText("1-1-1990")
    dialog.edits["email"].setText("maria-louise.vandenheuvel")
    dialog.accept()


AFTER_SHOWN = {"colleague-errors": type_mistakes, "import-new": lambda dialog: dialog.tabs.setCurrentIndex(0)}


def long_named(window):
    """The colleague with the longest name (the one the checks care about)."""
    people = window.workspace.model.colleagues()
    return max(people, key=lambda c: len(c.full_name))


@contextmanager
def shown(dialog: QDialog) -> Iterator[QDialog]:
    dialog.show()
    settle()
    try:
        yield dialog
    finally:
        dialog.reject()
        dialog.deleteLater()
        settle()


def settle() -> None:
    """Let layouts, deferred refreshes and painting happen."""
    for _ in range(6):
        QApplication.processEvents()
