"""The window functions for File › Export calendar… and the organiser's calendar (loaded on first use)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.models.consent import Audience
from desktop.preferences import settings
from desktop.ui.publishing.export_dialog import ExportChoice, ExportDialog
from desktop.ui.workspace import Workspace

EXPORT_FOLDER = "export/folder"  # QSettings: where the last calendar was written (a habit of this PC)


def export_calendar(parent: QWidget | None, workspace: Workspace, today: date) -> Path | None:
    """Ask for the period, audience and file, and write the calendar. Returns the file written, or None."""
    choice = ExportDialog.ask(parent, today, _folder())
    return _write(parent, workspace, choice) if choice else None


def export_organiser_calendar(parent: QWidget | None, workspace: Workspace, today: date) -> Path | None:
    """One organiser's celebrations with reminders; the organisers offered are those in the stored plans."""
    from desktop.store.celebrations import Celebrations

    organiser_ids = {o.colleague_id for plan in Celebrations(workspace.register.db).all() for o in plan.organisers}
    organisers = sorted((c for c in workspace.register.colleagues() if c.id in organiser_ids and c.email),
                        key=lambda c: c.sort_name.casefold())
    if not organisers:
        QMessageBox.information(parent, QCoreApplication.translate("CalendarExport", "Organiser's calendar"),
                                QCoreApplication.translate(
                                    "CalendarExport", "No plan has an organiser with an e-mail address yet. "
                                    "Plan celebrations first (Planning), then export an organiser's calendar."))
        return None
    choice = ExportDialog.ask(parent, today, _folder(), organisers)
    return _write(parent, workspace, choice) if choice else None


def _folder() -> str:
    return str(settings().value(EXPORT_FOLDER, "") or "")


def _write(parent: QWidget | None, workspace: Workspace, choice: ExportChoice) -> Path | None:
    from desktop.exchange.ical.export import ExportOptions, build_calendar
    from desktop.exchange.ical.organiser import build_organiser_calendar
    from desktop.exchange.publish.folder import write_atomically

    title = QCoreApplication.translate("CalendarExport", "Export calendar")
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        now = datetime.now(UTC)
        if choice.organiser_email:
            calendar = build_organiser_calendar(workspace.register, choice.organiser_email, choice.start,
                                                choice.end, now)
        else:
            options = ExportOptions(choice.start, choice.end, choice.audience, choice.recurring)
            calendar = build_calendar(workspace.register, options, now)
        private = bool(choice.organiser_email) or Audience(choice.audience) is not Audience.SHARED
        write_atomically(choice.path, calendar.to_ical(), private=private)
    except OSError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "CalendarExport", "Could not write {path}: {reason}").format(path=choice.path,
                                                                         reason=exc.strerror or exc))
        return None
    QApplication.restoreOverrideCursor()
    settings().setValue(EXPORT_FOLDER, str(choice.path.parent))
    # One text per number: translate() carries no plural forms to lupdate.
    written = (QCoreApplication.translate("CalendarExport", "1 event written to {path}.") if len(calendar.events) == 1
               else QCoreApplication.translate("CalendarExport", "{count} events written to {path}."))
    how = QCoreApplication.translate(
        "CalendarExport", "Import this file into Outlook, Google Calendar, Apple Calendar or Thunderbird; importing "
        "it again later updates the events instead of doubling them.")
    QMessageBox.information(parent, title, f"{written.format(count=len(calendar.events), path=choice.path)}\n\n{how}")
    return choice.path
