"""What the File menu calls: print the month (print preview, printer dialog behind it), export it as PDF, and
print or export the birthday calendar. Each asks its options first and returns quietly when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.exchange.month_report import ReportAudience, birthday_calendar, default_month, month_report
from desktop.render.calendar_pages import CalendarPages
from desktop.render.documents import write_pdf
from desktop.render.layout import NoFontsError, page_layout
from desktop.render.month_pages import MonthPages
from desktop.ui.printing.dialogs import CalendarPrintDialog, MonthPrintDialog


def print_month(parent: QWidget | None, workspace, today: date) -> bool:
    """Ask month, version and paper, then show Qt's print preview. False when cancelled."""
    pages = _month_pages(parent, workspace, today)
    if pages is None:
        return False
    pages, paper = pages
    return preview(parent, paper, pages.paint)


def export_month_pdf(parent: QWidget | None, workspace, today: date) -> Path | None:
    """Ask month, version and paper, then where to save the PDF; returns the file written, or None."""
    pages = _month_pages(parent, workspace, today)
    if pages is None:
        return None
    pages, paper = pages
    report = pages.report
    # Default file names in the UI's language ("vieringen-2026-12.pdf").
    if report.audience is ReportAudience.MANAGER:
        kind = QCoreApplication.translate("PrintActions", "celebrations", "default file name")
    else:
        kind = QCoreApplication.translate("PrintActions", "notice-board", "default file name")
    name = f"{kind}-{report.year:04d}-{report.month:02d}.pdf"
    return export_pdf(parent, name, paper, pages.title(), pages.paint)


def print_birthday_calendar(parent: QWidget | None, workspace, today: date | None = None) -> bool:
    """Ask the calendar's options, then show the print preview of its 12 (or 6) pages."""
    made = _calendar_pages(parent, workspace, today)
    if made is None:
        return False
    pages, paper = made
    return preview(parent, paper, pages.paint)


def export_birthday_calendar_pdf(parent: QWidget | None, workspace, today: date | None = None) -> Path | None:
    made = _calendar_pages(parent, workspace, today)
    if made is None:
        return None
    pages, paper = made
    name = QCoreApplication.translate("PrintActions", "birthday-calendar.pdf", "default file name")
    return export_pdf(parent, name, paper, pages.title(), pages.paint)


# -- shared -----------------------------------------------------------------------------------------
def _month_pages(parent: QWidget | None, workspace, today: date) -> tuple[MonthPages, str] | None:
    year, month = default_month(today)
    choice = MonthPrintDialog.ask(parent, year, month)
    if choice is None:
        return None
    report = month_report(workspace.register, choice.year, choice.month, choice.audience)
    return MonthPages(report, today), choice.paper


def _calendar_pages(parent: QWidget | None, workspace, today: date | None) -> tuple[CalendarPages, str] | None:
    choice = CalendarPrintDialog.ask(parent)
    if choice is None:
        return None
    months = birthday_calendar(workspace.register.colleagues(), today or date.today(), choice.with_years)
    return CalendarPages(months, choice.two_per_page), choice.paper


def preview(parent: QWidget | None, paper: str, paint: Callable[[QPagedPaintDevice], int]) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    failures: list[str] = []

    def paint_pages(device: QPrinter) -> None:
        try:
            paint(device)
        except (OSError, NoFontsError) as exc:
            failures.append(_reason(exc))

    preview.paintRequested.connect(paint_pages)
    try:
        preview.exec()
    finally:
        preview.deleteLater()
    if failures:
        _warn(parent, QCoreApplication.translate("Printing", "The pages could not be printed: {reason}").format(
            reason=failures[0]))
        return False
    return True


def export_pdf(parent: QWidget | None, name: str, paper: str, title: str,
               paint: Callable[[QPagedPaintDevice], int]) -> Path | None:
    """Ask where to save the PDF (`name` suggested in the documents folder), then write it; the file or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Export PDF"),
                                            str(Path(folder) / name),
                                            QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return save_pdf(parent, path, paper, title, paint)


def save_pdf(parent: QWidget | None, path: Path, paper: str, title: str,
             paint: Callable[[QPagedPaintDevice], int]) -> Path | None:
    """Write the PDF whole or not at all; a failure is said in a message box. Returns `path`, or None."""
    try:
        write_pdf(path, paper, title, paint)
    except (OSError, NoFontsError) as exc:
        _warn(parent, QCoreApplication.translate("Printing", "{file} could not be written: {reason}").format(
            file=path, reason=_reason(exc)))
        return None
    return path


def _reason(exc: BaseException) -> str:
    if isinstance(exc, NoFontsError):
        return QCoreApplication.translate("Printing", "no fonts are installed")
    return getattr(exc, "strerror", None) or str(exc)


def _warn(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Social Calendar"), message)
