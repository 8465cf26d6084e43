"""The app in the system tray: an icon with the count of what needs attention, its menu, desktop notifications
(on start and at the hour chosen in Settings › On this computer…) and, when chosen, staying in the tray when the
window is closed.

What needs attention is the home view's (Pages.attention_changed, models.coming_up): the tray never works it out
itself. The controller runs where the desktop has no tray too (tests, a bare window manager): it then keeps the
same count and decisions and simply has no icon to show them on; closing then always quits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from desktop.models.notifications import NotificationSchedule, parse_hour
from desktop.preferences import KEEP_IN_TRAY, TRAY_TOLD, flag, notify_at, set_flag
from desktop.ui.calendar.coming_up_view import attention_line, attention_summary
from desktop.ui.icons import app_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.ui.clock import Clock
    from desktop.ui.main_window import MainWindow

MENU_LINES = 8  # occasions named in the tray's menu; the rest as "and N more"
MESSAGE_MS = 15_000


def badge_icon(base: QIcon, count: int, size: int = 64) -> QIcon:
    """`base` with the count in a red dot at its lower right (none for 0; "9+" beyond nine)."""
    if count <= 0:
        return base
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dot = QRect(size // 2 - 2, size // 2 - 2, size // 2 + 2, size // 2 + 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawEllipse(dot)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size // 3)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)


class TrayController(QObject):
    """The tray icon and its menu, the notifications and keeping the app in the tray, for one window.

    Whether the desktop has a tray is QSystemTrayIcon.isSystemTrayAvailable(), asked once at start; `quit_app`
    ends the application once the window closed for real while it was hidden in the tray.

    Signals:
        notified(str, str): a desktop notification was due and given (title, text); also without a tray.
    """

    notified = Signal(str, str)

    CHECK_MS = 60_000

    def __init__(self, window: MainWindow, clock: Clock):
        super().__init__(window)
        self.window, self.clock = window, clock
        self.quit_app: Callable[[], None] = QApplication.quit
        self._quitting = False
        self._closed = False  # the window closed for real (its file closed, its layout saved)
        app = QApplication.instance()
        if app is not None:  # the session ends (logging out) with the window hidden: close it properly first
            app.aboutToQuit.connect(self._closing_down)
        self.schedule = NotificationSchedule(parse_hour(notify_at()))
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.attention_actions: list[QAction] = []
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._build_icon()
        window.pages.attention_changed.connect(self.update)
        self._minute = QTimer(self)
        self._minute.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._minute.setInterval(self.CHECK_MS)
        self._minute.timeout.connect(self.check_hour)
        self._minute.start()
        self.update()
        QTimer.singleShot(0, self._started)

    def follow(self, pages) -> None:
        """The window's pages were built anew (the language changed): follow them, and speak that language."""
        pages.attention_changed.connect(self.update)
        if self.icon is not None:
            old = self.menu
            self.attention_actions = []  # they go with the old menu
            self.icon.setContextMenu(self._build_menu())
            if old is not None:
                old.deleteLater()
        self.update()

    # -- what needs attention ---------------------------------------------------------------
    def count(self) -> int:
        return len(self.window.pages.coming_up.coming_up().attention)

    def tooltip(self) -> str:
        count = self.count()
        if count == 0:
            return self.tr("Social Calendar: nothing needs your attention")
        return self.tr("Social Calendar: %n occasion(s) need a plan", "", count)

    def menu_lines(self) -> list[str]:
        pages = self.window.pages
        attention = pages.coming_up.coming_up().attention
        lines = [attention_line(item, pages.source) for item in attention[:MENU_LINES]]
        if len(attention) > MENU_LINES:
            lines.append(self.tr("and %n more", "", len(attention) - MENU_LINES))
        return lines

    def update(self) -> None:
        """Show the current count (the home view worked it out anew: new data, or a new day)."""
        if self.icon is None or self.menu is None:
            return
        self.icon.setIcon(badge_icon(app_icon(), self.count()))
        self.icon.setToolTip(self.tooltip())
        for action in self.attention_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        lines = self.menu_lines() or [self.tr("Nothing needs your attention")]
        self.attention_actions = []
        for line in lines:
            action = QAction(line.replace("&", "&&"), self.menu)  # a name's "&" is no shortcut
            action.setEnabled(self.count() > 0)
            action.triggered.connect(self.open_home)
            self.attention_actions.append(action)
        self.menu.insertActions(self._quit_separator, self.attention_actions)

    # -- notifications ----------------------------------------------------------------------
    def notify(self) -> bool:
        """Say on the desktop what needs attention today; nothing when nothing does."""
        summary = attention_summary(self.window.pages.coming_up.coming_up(), self.window.pages.source,
                                    on_screen_for_others=True)
        if summary is None:
            return False
        title = self.tr("Social Calendar")
        if self.icon is not None:
            self.icon.showMessage(title, summary, app_icon(), MESSAGE_MS)
        self.notified.emit(title, summary)
        return True

    def check_hour(self) -> bool:
        """The minute's look at the time: the daily notification once its hour came."""
        return self.schedule.due(self.clock.now()) and self.notify()

    def preferences_changed(self) -> None:
        """Settings › On this computer… was saved: a new hour (or none) from now on."""
        self.schedule.set_at(parse_hour(notify_at()), self.clock.now())

    def _started(self) -> None:
        if self.schedule.on_start(self.clock.now()):
            self.notify()

    # -- the window: keeping it in the tray, opening it, quitting ----------------------------
    def keeps_running(self, event: QCloseEvent) -> bool:
        """For the window's closeEvent: True when closing only hides the window (the event is ignored then)."""
        if self._quitting or self.icon is None or not flag(KEEP_IN_TRAY):
            self._closed = True
            return False
        if not flag(TRAY_TOLD):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self.window, self.tr("Social Calendar"), self.tr(
                "Social Calendar keeps running in the tray, so it can remind you of what needs attention. Open it "
                "again from the tray icon; to stop it, choose Quit in the icon's menu or File › Quit.\n\n"
                "You can change this in Settings › On this computer…"))
            set_flag(TRAY_TOLD, True)
        event.ignore()
        QApplication.setQuitOnLastWindowClosed(False)  # a message box closed later must not end the app
        self.window.hide()
        return True

    def open_window(self) -> None:
        QApplication.setQuitOnLastWindowClosed(True)
        window = self.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    def open_home(self) -> None:
        self.open_window()
        self.window.pages.setCurrentIndex(0)

    def quit(self) -> bool:
        """Quit for real (File › Quit, the tray's Quit): the window's normal close, then the app ends."""
        hidden = not self.window.isVisible()
        self._quitting = True
        QApplication.setQuitOnLastWindowClosed(True)
        if not self.window.close():
            self._quitting = False
            return False
        if self.icon is not None:
            self.icon.hide()
        if hidden:  # a hidden window's close is not the last window closing: end the app ourselves
            self.quit_app()
        return True

    def _closing_down(self) -> None:
        if not self._closed:
            self._quitting = True
            self.window.close()

    def _build_icon(self) -> None:
        menu = self._build_menu()
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_home)
        self.icon.show()

    def _build_menu(self) -> QMenu:
        self.menu = menu = QMenu(self.window)
        open_action = menu.addAction(self.tr("&Open Social Calendar"))
        open_action.triggered.connect(self.open_window)
        menu.setDefaultAction(open_action)
        menu.addSeparator()
        self._quit_separator = menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.triggered.connect(self.quit)
        return menu

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()
