"""The Qt application object for commands: a plain QCoreApplication for translations, or a QGuiApplication
(offscreen when there is no display) for commands that need fonts, such as printing to PDF."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

_keep: list[QCoreApplication] = []  # the application made here lives as long as the program


def command_application(gui: bool = False) -> QCoreApplication:
    """The running application, or a new one. A command that needs fonts must ask for `gui` before any other
    application exists: Qt allows one per process."""
    existing = QCoreApplication.instance()
    if existing is not None:
        if gui and not _is_gui(existing):
            raise RuntimeError("a QGuiApplication is needed here, but a QCoreApplication is already running")
        return existing
    if not gui:
        _keep.append(QCoreApplication([]))
        return _keep[-1]
    from PySide6.QtGui import QGuiApplication

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _keep.append(QGuiApplication([]))
    return _keep[-1]


def _is_gui(app: QCoreApplication) -> bool:
    from PySide6.QtGui import QGuiApplication

    return isinstance(app, QGuiApplication)
