"""The main window: the searchable colleagues table, menus, undo/redo and the file being worked on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenuBar

from desktop.models.colleague import Colleague
from desktop.preferences import WINDOW_GEOMETRY, remember_file, save_language, saved_language, settings
from desktop.store.database import open_database
from desktop.store.errors import StoreError
from desktop.store.repository import Register
from desktop.ui import file_dialogs, icons, shortcuts
from desktop.ui.pages import Pages
from desktop.ui.recent_files import RecentFilesMenu
from desktop.ui.toolbar import PageToolbar
from desktop.ui.tray import TrayController
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.models.occasions import Occasion
    from desktop.ui.calendar.source import OccasionSource
    from desktop.ui.clock import Clock
    from desktop.ui.colleagues_page import ColleaguesPage
    from desktop.ui.publishing.publisher import Publisher


class MainWindow(QMainWindow):
    ERASE_LEAVERS_AFTER_MS = 300

    def __init__(self, workspace: Workspace, clock: Clock):
        """`clock` is the one clock of every page, view and dialog (the workspace's table follows it too)."""
        super().__init__()
        self.workspace = workspace
        self.clock = clock
        clock.setParent(self)
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        workspace.data_changed.connect(self._update_status)
        workspace.data_changed.connect(self._update_actions)  # File › New: no colleague to edit any more
        self.publisher: Publisher | None = None  # started for a file that publishes itself, or by its dialog
        workspace.data_changed.connect(self._start_publishing_if_set)
        self._start_publishing_if_set()
        workspace.changed_elsewhere.connect(lambda: self.statusBar().showMessage(
            self.tr("The file was changed by another program: showing what it holds now."), 10_000))
        workspace.failed.connect(lambda message: file_dialogs.report_store_error(self, message))
        self._own_file: Path | None = None  # the user's file while the demo organisation is open
        from desktop.ui.sync.control import SyncControl

        self.sharing = SyncControl(self, workspace)  # Settings › Share with my committee…, the background sync
        self._build()
        geometry = settings().value(WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self.first_size())
        # Leavers whose retention has passed go once the window is up: start-up does not wait for the check.
        QTimer.singleShot(self.ERASE_LEAVERS_AFTER_MS, self.erase_due_leavers)
        from desktop.ui.auto_backup import AutoBackup

        self.auto_backup = AutoBackup(workspace, self, now=clock.now)  # the day's backup, once the window shows
        self.auto_backup.status.connect(self.statusBar().showMessage)

    def first_size(self) -> QSize:
        """1180×720 the first time, but never larger than the screen leaves room for (a 1024×700 laptop)."""
        screen = self.screen().availableGeometry()
        frame = 40  # the window manager's title bar and borders
        return QSize(min(1180, screen.width()), min(720, screen.height() - frame))

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        """The pages, actions, menus and toolbar in the current language (built again when it changes)."""
        self.pages = Pages(self.workspace, self.clock, self._build_colleagues_page)
        self.pages.colleague_activated.connect(self.edit_colleague)
        self.pages.plan_requested.connect(self.plan_occasion)
        self.pages.chosen.connect(self.way_in)
        self.setCentralWidget(self.pages)
        if getattr(self, "tray", None) is None:
            self.tray = TrayController(self, self.clock)  # the tray icon, notifications, staying in the tray
        else:
            self.tray.follow(self.pages)  # the pages were built anew in another language
        self._actions = QObject(self)  # every action of the menus and toolbar: replaced as a whole
        self._create_actions()
        icons.decorate(self)
        self.setMenuBar(QMenuBar())
        self._create_menus()
        self._update_title()
        self._update_status()
        self._update_actions()

    def rebuild(self) -> None:
        """Everything with text, built again in the language installed now; the file, its undo history, the page
        shown and the window stay."""
        page = self.pages.currentIndex()
        if self.colleagues is not None:
            self.colleagues.save_layout()
        old = [self.takeCentralWidget(), self._actions, self.toolbar]
        self.removeToolBar(self.toolbar)
        for thing in old:
            if thing is not None:
                thing.deleteLater()
        self._build()
        self.pages.setCurrentIndex(page)
    def _build_colleagues_page(self, source: OccasionSource) -> ColleaguesPage:
        from desktop.ui.colleagues_page import ColleaguesPage

        page = ColleaguesPage(self.workspace, source, self.clock)
        page.open_requested.connect(self.edit_selected)
        page.selection_changed.connect(self._update_actions)
        page.shown_changed.connect(self._update_status)
        page.table.addAction(self.delete_action)
        return page

    @property
    def colleagues(self) -> ColleaguesPage | None:
        """The Colleagues tab's page, None until it is first opened."""
        return self.pages.colleagues

    def colleagues_page(self) -> ColleaguesPage:
        """The Colleagues tab's search and table, built now if they were not yet."""
        return self.pages.colleagues_page()  # type: ignore[return-value]

    def _action(self, text: str, slot, keys: list[QKeySequence] | None = None) -> QAction:
        action = QAction(text, self._actions)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts(shortcuts.unique(keys))
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(self.tr("&New…"), self.new_file, shortcuts.NEW_FILE)
        self.open_action = self._action(self.tr("&Open…"), self.open_file, shortcuts.OPEN_FILE)
        self.import_action = self._action(self.tr("&Import…"), self.import_file, shortcuts.IMPORT)
        self.quit_action = self._action(self.tr("&Quit"), self.tray.quit, shortcuts.QUIT)
        self.backups_action = self._action(self.tr("Back&ups…"), self.show_backups)
        self.check_action = self._action(self.tr("C&heck database"), self.check_database)
        self.print_month_action = self._action(self.tr("&Print month…"), self.print_month, shortcuts.PRINT)
        self.month_pdf_action = self._action(self.tr("Export month as P&DF…"), self.export_month_pdf)
        self.print_calendar_action = self._action(self.tr("Print &birthday calendar…"), self.print_birthday_calendar)
        self.export_ical_action = self._action(self.tr("Export &calendar…"), lambda: self._calendar_export(False),
                                               shortcuts.EXPORT_CALENDAR)
        self.organiser_ical_action = self._action(self.tr("Export an or&ganiser's calendar…"),
                                                  lambda: self._calendar_export(True))
        self.publishing_action = self._action(self.tr("P&ublishing…"), self.edit_publishing)
        self.mail_action = self._action(self.tr("&E-mail…"), self.edit_mail)
        self.this_computer_action = self._action(self.tr("On this &computer…"), self.edit_this_computer)
        self.calendar_pdf_action = self._action(self.tr("Export birthday calendar as PD&F…"),
                                                self.export_birthday_calendar_pdf)
        self.print_connections_action = self._action(self.tr("Print conn&ections…"), self.print_connections)
        stack = self.workspace.undo_stack
        self.undo_action = stack.createUndoAction(self._actions, self.tr("Undo"))
        self.undo_action.setShortcuts(shortcuts.unique(shortcuts.UNDO))
        self.redo_action = stack.createRedoAction(self._actions, self.tr("Redo"))
        self.redo_action.setShortcuts(shortcuts.unique(shortcuts.REDO))
        self.add_action = self._action(self.tr("&Add colleague…"), self.add_colleague, shortcuts.ADD_COLLEAGUE)
        self.edit_action = self._action(self.tr("&Edit colleague…"), self.edit_selected, shortcuts.EDIT_COLLEAGUE)
        self.delete_action = self._action(self.tr("&Delete colleague…"), self.delete_selected,
                                          shortcuts.DELETE_COLLEAGUE)
        # Delete in the search field deletes text, not a colleague: the action lives on the table.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.departments_action = self._action(self.tr("De&partments…"), self.edit_departments,
                                               shortcuts.DEPARTMENTS)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, shortcuts.FIND)
        self.record_action = self._action(self.tr("&Record occasion…"), self.record_occasion,
                                          shortcuts.RECORD_OCCASION)
        self.records_action = self._action(self.tr("Recorded &occasions…"), self.show_records)
        self.policy_action = self._action(self.tr("Occasion &policy…"), self.edit_policy)
        self.gift_policy_action = self._action(self.tr("&Gift and gathering policy…"), self.edit_gift_policy)
        self.leave_action = self._action(self.tr("&Leave…"), self.edit_leave, shortcuts.LEAVE)
        # The colleague's rights (AVG/GDPR): ui/privacy.py.
        self.export_person_action = self._action(self.tr("Export &a colleague's data…"), self.export_person)
        self.forget_action = self._action(self.tr("Fo&rget colleague…"), self.forget_colleague)
        self.former_action = self._action(self.tr("Former &colleagues…"), self.show_former_colleagues)
        self.page_actions = [
            self._action(self.tr("&Coming up"), lambda: self.pages.setCurrentIndex(0), shortcuts.PAGES[0]),
            self._action(self.tr("C&alendar"), lambda: self.pages.setCurrentIndex(1), shortcuts.PAGES[1]),
            self._action(self.tr("&Planning"), lambda: self.pages.setCurrentIndex(2), shortcuts.PAGES[2]),
            self._action(self.tr("C&olleagues"), lambda: self.pages.setCurrentIndex(3), shortcuts.PAGES[3]),
            self._action(self.tr("&Budget"), lambda: self.pages.setCurrentIndex(4), shortcuts.PAGES[4]),
            self._action(self.tr("Co&nnections"), lambda: self.pages.setCurrentIndex(5), shortcuts.PAGES[5]),
        ]
        self.help_action = self._action(self.tr("Social Calendar &guide"), self.show_help, shortcuts.HELP)
        self.about_action = self._action(self.tr("&About Social Calendar"), self.about)
        self.demo_action = self._action(self.tr("&Try the demo organisation"), self.open_demo)
        self.own_file_action = self._action(self.tr("Bac&k to my own file"), self.back_to_own_file)
        self.language_actions = QActionGroup(self._actions)
        current = saved_language() or ""
        # Language names are written in their own language on purpose.
        for code, name in (("", self.tr("System language")), ("nl", self.tr("Nederlands")),
                           ("en", self.tr("English"))):
            action = QAction(name, self.language_actions, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked, code=code: self.set_language(code))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = RecentFilesMenu(self.open_path, file_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([self.demo_action, self.own_file_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addActions([self.print_month_action, self.month_pdf_action, self.print_calendar_action,
                              self.calendar_pdf_action])
        file_menu.addAction(self.print_connections_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_ical_action, self.organiser_ical_action, self.export_person_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backups_action, self.check_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_action, self.edit_action, self.delete_action, self.leave_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.departments_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.forget_action, self.former_action])
        occasions_menu = bar.addMenu(self.tr("&Occasions"))
        occasions_menu.addActions([self.record_action, self.records_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.page_actions)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addActions([self.policy_action, self.gift_policy_action, self.publishing_action])
        settings_menu.addAction(self.mail_action)
        settings_menu.addAction(self.this_computer_action)
        settings_menu.addActions(self.sharing.make_actions(self._actions))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(self.language_actions.actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.about_action])
        self.toolbar = PageToolbar(self)  # the frequent actions of the page shown
        self.addToolBar(self.toolbar)

    # -- colleagues ---------------------------------------------------------------------------
    def selected_colleague(self) -> Colleague | None:
        return self.colleagues.selected_colleague() if self.colleagues is not None else None

    def add_colleague(self) -> None:
        from desktop.ui.colleague_dialog import ColleagueDialog

        colleague = ColleagueDialog.ask(self, None, self.workspace.departments(), self.clock.today())
        if colleague is not None:
            from desktop.ui.commands import AddColleague

            command = AddColleague(self.workspace, colleague)
            if self.workspace.push(command):  # show the new colleague in the table
                self.pages.show_colleagues().select_colleague(command.colleague.id)

    def edit_selected(self) -> None:
        before = self.selected_colleague()
        if before is not None:
            self._edit(before)

    def edit_colleague(self, colleague_id: int) -> None:
        """Open a colleague from an occasion (home view, calendar)."""
        row = self.workspace.model.row_of(colleague_id)
        if row is not None:
            self._edit(self.workspace.model.colleague_at(row))

    def _edit(self, before: Colleague) -> None:
        from desktop.ui.colleague_dialog import ColleagueDialog

        after = ColleagueDialog.ask(self, before, self.workspace.departments(), self.clock.today())
        if after is not None and after != before:
            from desktop.ui.commands import EditColleague

            self.workspace.push(EditColleague(self.workspace, before, after))

    def delete_selected(self) -> None:
        colleague = self.selected_colleague()
        if colleague is None:
            return
        from PySide6.QtWidgets import QMessageBox  # message boxes load when first needed, not at start-up

        answer = QMessageBox.question(
            self, self.tr("Delete colleague"),
            self.tr("Delete {name} and their recorded occasions? You can undo this with Edit › Undo.").format(
                name=colleague.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            from desktop.ui.commands import DeleteColleague

            self.workspace.push(DeleteColleague(self.workspace, colleague))

    def edit_departments(self) -> None:
        from desktop.ui.departments_dialog import DepartmentsDialog

        dialog = DepartmentsDialog(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_leave(self) -> None:
        """Days the selected colleague is away: they are not suggested as an organiser then."""
        from desktop.ui.planning.leave_dialog import edit_leave

        colleague = self.selected_colleague()
        if colleague is not None:
            edit_leave(self, self.workspace, colleague)

    def record_occasion(self) -> None:
        """A birth, wedding, get-well wish, condolence or an occasion for everyone, for the selected colleague
        when one is selected."""
        from desktop.ui.record_commands import AddRecord
        from desktop.ui.recorded_dialog import RecordedOccasionDialog

        selected = self.selected_colleague()
        record = RecordedOccasionDialog.ask(self, None, self.workspace.model.colleagues(), self.clock.today(),
                                            selected.id if selected else None, self.workspace.departments())
        if record is not None:
            colleague = self.workspace.model.row_of(record.colleague_id)
            name = self.workspace.model.colleague_at(colleague).full_name if colleague is not None else ""
            self.workspace.push(AddRecord(self.workspace, record, name))

    def show_records(self) -> None:
        from desktop.ui.recorded_list import RecordedOccasionsDialog

        RecordedOccasionsDialog.run(self, self.workspace, self.clock.today())

    def edit_policy(self) -> None:
        from desktop.ui.policy_dialog import edit_policy

        edit_policy(self, self.workspace)

    def edit_gift_policy(self) -> None:
        from desktop.ui.planning.gift_policy_editor import edit_gift_policy

        edit_gift_policy(self, self.workspace)

    def plan_occasion(self, occasion: Occasion) -> None:
        """Plan… on the home view: the plan editor for that occasion."""
        from desktop.ui.planning.plan_editor import plan_occasion

        plan_occasion(self, self.workspace, occasion)

    def way_in(self, choice: str) -> None:
        """A way in chosen on the welcome, an empty page or the demo bar (desktop.ui.welcome)."""
        from desktop.ui import welcome

        {welcome.IMPORT: self.import_action, welcome.ADD: self.add_action, welcome.DEMO: self.demo_action,
         welcome.POLICY: self.gift_policy_action, welcome.OWN_FILE: self.own_file_action,
         welcome.PLAN: self.toolbar.plan_months_action}[choice].trigger()

    def export_person(self) -> None:
        from desktop.ui.privacy import export_colleague_data

        export_colleague_data(self)

    def forget_colleague(self) -> None:
        from desktop.ui.privacy import forget_colleague

        forget_colleague(self)

    def show_former_colleagues(self) -> None:
        from desktop.ui.privacy import show_former_colleagues

        show_former_colleagues(self)

    def erase_due_leavers(self) -> None:
        """On opening a file: leavers whose retention (privacy.leaver_retention_months) has passed are erased."""
        if self.isVisible() and not self.workspace.register.db.closed:  # not for a window closed meanwhile
            from desktop.ui.privacy import erase_due_leavers

            erase_due_leavers(self)

    def focus_search(self) -> None:
        self.pages.show_colleagues().focus_search()

    # -- files --------------------------------------------------------------------------------
    def new_file(self) -> None:
        path = file_dialogs.choose_new(self, str(self.workspace.path.parent))
        if path is not None:
            self.open_path(path)

    def open_file(self) -> None:
        path = file_dialogs.choose_existing(self, str(self.workspace.path.parent))
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Switch to the file at `path` (created when missing); a refused file leaves the current one open."""
        if path != self.workspace.path and not file_dialogs.open_despite_lock(self, path):
            return False
        try:
            register = Register(open_database(path))
        except StoreError as exc:
            from desktop.ui.backups_dialog import offer_restore

            if offer_restore(self, exc.message):  # a damaged file with a good backup: restored, open it now
                return self.open_path(path)
            file_dialogs.report_store_error(self, exc.message)
            return False
        if self.colleagues is not None:
            self.colleagues.search.clear()
        self.workspace.switch_to(register, path)
        remember_file(str(path))
        self.recent_menu.rebuild()
        self._update_title()
        self.erase_due_leavers()
        return True

    def open_demo(self) -> bool:
        """The demo organisation, in a file of its own (made the first time); the user's file stays as it is."""
        from desktop.ui.demo_file import is_demo, make_demo

        if is_demo(self.workspace.path):
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = make_demo(self.clock.today())
        except StoreError as exc:
            file_dialogs.report_store_error(self, exc.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        own = self.workspace.path
        if not self.open_path(path):
            return False
        self._own_file = own
        return True

    def back_to_own_file(self) -> bool:
        from desktop.ui.demo_file import own_file

        return self.open_path(own_file(self._own_file))
    def show_backups(self) -> None:
        from desktop.ui.backups_dialog import show_backups

        show_backups(self, self.workspace, self.open_path, self.auto_backup)

    def check_database(self) -> None:
        from desktop.ui.backups_dialog import check_database

        check_database(self, self.workspace, self.open_path, self.auto_backup)

    def import_file(self) -> None:
        from desktop.ui.import_flow import choose_and_import

        choose_and_import(self, self.workspace, self.clock.today())

    def _calendar_export(self, organiser: bool) -> None:
        """The shared or manager calendar as an .ics file, or one organiser's celebrations with reminders."""
        from desktop.ui.publishing import export

        export_to = export.export_organiser_calendar if organiser else export.export_calendar
        export_to(self, self.workspace, self.clock.today())

    def edit_publishing(self) -> None:
        from desktop.ui.publishing.publishing import edit_publishing

        edit_publishing(self, self.workspace, self._publisher())

    def edit_mail(self) -> None:
        from desktop.ui.mail_settings import MailSettingsDialog

        MailSettingsDialog(self.workspace.register.db, self.clock.today(), self).exec()

    def edit_this_computer(self) -> None:
        from desktop.ui.this_computer import edit_this_computer

        edit_this_computer(self)

    def _publisher(self) -> Publisher:
        if self.publisher is None:
            from desktop.ui.publishing.publisher import Publisher

            self.publisher = Publisher(self, today=self.clock.today)  # a new day republishes the calendar
            self.publisher.status_changed.connect(self.statusBar().showMessage)
            self.publisher.attach(self.workspace)
        return self.publisher

    def _start_publishing_if_set(self) -> None:
        """The publisher (and its code) is loaded only for a file that publishes after every change; once
        running it stays, also for files opened later."""
        if self.publisher is None:
            from desktop.exchange.publish.automatic import publishes_automatically

            if publishes_automatically(self.workspace.register.db):
                self._publisher()

    # The monthly overview and the birthday calendar: print preview or PDF, their code loaded on first use.
    def print_month(self) -> None:
        from desktop.ui.printing.actions import print_month

        print_month(self, self.workspace, self.clock.today())

    def export_month_pdf(self) -> None:
        from desktop.ui.printing.actions import export_month_pdf

        export_month_pdf(self, self.workspace, self.clock.today())

    def print_birthday_calendar(self) -> None:
        from desktop.ui.printing.actions import print_birthday_calendar

        print_birthday_calendar(self, self.workspace, self.clock.today())

    def export_birthday_calendar_pdf(self) -> None:
        from desktop.ui.printing.actions import export_birthday_calendar_pdf

        export_birthday_calendar_pdf(self, self.workspace, self.clock.today())

    def print_connections(self) -> None:
        from desktop.ui.connections.printing import print_connections

        print_connections(self, self.workspace, self.clock.today())

    # -- settings and help --------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Settings › Language: saved, and the window speaks it at once."""
        from desktop.i18n import install_translations

        save_language(code)
        app = QCoreApplication.instance()
        assert app is not None  # the window runs inside it
        install_translations(app, code or None)
        self.rebuild()

    def show_help(self) -> None:
        """F1: the guide, at the section of the page shown."""
        from desktop.ui.help_browser import PAGE_SECTIONS, show_help

        show_help(self, PAGE_SECTIONS[self.pages.currentIndex()])

    def about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.workspace.path, self).exec()

    # -- keeping the window in step -----------------------------------------------------------
    def _update_title(self) -> None:
        from desktop.ui.demo_file import is_demo

        demo = is_demo(self.workspace.path)
        title = self.tr("Demo organisation – Social Calendar") if demo else self.tr("{file} – Social Calendar")
        self.setWindowTitle(title.format(file=self.workspace.path.name))
        self.setWindowFilePath(str(self.workspace.path))
        self.demo_action.setVisible(not demo)
        self.own_file_action.setVisible(demo)
        self.pages.set_demo(demo)

    def _update_status(self) -> None:
        total = self.workspace.colleague_count()
        shown = self.colleagues.shown_count() if self.colleagues is not None else total
        self.count_label.setText(self.tr("{colleagues}, {shown} shown").format(
            colleagues=self.tr("%Ln colleague(s)", "", total), shown=QLocale().toString(shown)))

    def _update_actions(self) -> None:
        has_selection = self.selected_colleague() is not None
        self.edit_action.setEnabled(has_selection)
        self.leave_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)
        has_colleagues = self.workspace.colleague_count() > 0  # an occasion or a plan needs someone
        self.record_action.setEnabled(has_colleagues)
        self.organiser_ical_action.setEnabled(has_colleagues)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray.keeps_running(event):
            return
        self.sharing.shutdown()  # a round under way finishes first
        if self.publisher is not None:
            self.publisher.shutdown()  # what is still waiting to be published goes out first
        settings().setValue(WINDOW_GEOMETRY, self.saveGeometry())
        if self.colleagues is not None:
            self.colleagues.save_layout()
        self.auto_backup.window_closing()  # a backup when anything may have changed
        self.workspace.close()
        super().closeEvent(event)
