"""The Budget page on paper and in a spreadsheet: print preview, PDF, or CSV (the manager's figures, so the
files are written owner-only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.exchange.budget import BudgetYear, budget_csv
from desktop.exchange.publish.folder import write_atomically
from desktop.i18n import text
from desktop.models.kinds import Kind
from desktop.models.labels import kind_name
from desktop.render.budget_pages import BudgetPages
from desktop.ui.printing.actions import preview, save_pdf


def print_budget(parent: QWidget | None, year: BudgetYear, today: date) -> bool:
    return preview(parent, "a4", BudgetPages(year.summary, year.kinds, today).paint)


def export_budget(parent: QWidget | None, year: BudgetYear, today: date) -> Path | None:
    """Ask where (PDF or CSV, by the chosen type), then write it whole; returns the file, or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()
    name = QCoreApplication.translate("BudgetOutput", "budget-{year}").format(year=year.summary.year)
    pdf = QCoreApplication.translate("BudgetOutput", "PDF files (*.pdf)")
    csv = QCoreApplication.translate("BudgetOutput", "Spreadsheet (CSV) files (*.csv)")
    title = QCoreApplication.translate("BudgetOutput", "Export budget")
    chosen, kind = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / f"{name}.pdf"), f"{pdf};;{csv}")
    if not chosen:
        return None
    path = Path(chosen)
    as_csv = kind == csv or path.suffix.lower() == ".csv"
    if path.suffix.lower() not in (".csv", ".pdf"):
        path = path.with_name(path.name + (".csv" if as_csv else ".pdf"))
    if not as_csv:
        pages = BudgetPages(year.summary, year.kinds, today)
        return save_pdf(parent, path, "a4", pages.title(), pages.paint)
    try:
        write_atomically(path, csv_text(year).encode("utf-8-sig"), private=True)  # BOM: Excel reads it as UTF-8
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "BudgetOutput", "{file} could not be written: {reason}").format(file=path, reason=exc.strerror or str(exc)))
        return None
    return path


def csv_text(year: BudgetYear) -> str:
    headers = {
        "kind": QCoreApplication.translate("BudgetOutput", "Kind"),
        "budget": QCoreApplication.translate("BudgetOutput", "Annual budget"),
        "planned": QCoreApplication.translate("BudgetOutput", "Planned"),
        "spent": QCoreApplication.translate("BudgetOutput", "Spent"),
        "left": QCoreApplication.translate("BudgetOutput", "Left"),
        "count": QCoreApplication.translate("BudgetOutput", "Celebrations"),
        "month": QCoreApplication.translate("BudgetOutput", "Month"),
        "total": QCoreApplication.translate("BudgetOutput", "Total"),
    }
    kinds = {kind.value: text(kind_name(kind)) for kind in Kind}
    months = [QLocale().standaloneMonthName(month) for month in range(1, 13)]
    return budget_csv(year, headers, kinds, months)
