"""The monthly celebration overview on paper: the manager's compact working list and the festive notice board."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter

from desktop.exchange.month_report import MonthReport, ReportAudience, ReportRow
from desktop.i18n import money_text, status_name, text
from desktop.models.kinds import Kind
from desktop.render.layout import Cell, Column, Row, Style, TablePages

STAR = "★"
MANAGER_STYLE = Style(body=8.5, sub=7.0, header=7.5, title=16.0, subtitle=9.0, accent=QColor("#4a6a8a"),
                      padding_mm=1.0)
BOARD_STYLE = Style(body=14.0, sub=10.5, header=10.0, title=30.0, subtitle=13.0, accent=QColor("#d9822b"),
                    padding_mm=2.0, centred_title=True)
MANAGER_BAND = QColor("#f7f1df")
BOARD_BAND = QColor("#fdf0d2")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def month_name(year: int, month: int) -> str:
    """ "maart 2027" in Dutch, "March 2027" in English."""
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


class MonthPages(QObject):
    """Paints a MonthReport; `printed` is the date shown in the footer."""

    def __init__(self, report: MonthReport, printed: date, parent: QObject | None = None):
        super().__init__(parent)
        self.report, self.printed = report, printed
        self.locale = QLocale()

    @property
    def board(self) -> bool:
        return self.report.audience is ReportAudience.BOARD

    def title(self) -> str:
        month = month_name(self.report.year, self.report.month)
        if self.board:
            return month[:1].upper() + month[1:]
        return self.tr("Celebrations — {month}").format(month=month)

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page on `device`; returns the number of pages."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(self.tr("The pages could not be started."))
        try:
            pages = TablePages(device, BOARD_STYLE if self.board else MANAGER_STYLE, self._columns(), self.title(),
                               self._subtitle(), self._footer(), self._page_text)
            return pages.paint(painter, self._board_rows() if self.board else self._manager_rows())
        finally:
            painter.end()

    def _subtitle(self) -> str:
        if self.board:
            return self.tr("Birthdays, anniversaries and other celebrations this month")
        return self.tr("Manager's overview — confidential, not for the notice board")

    def _footer(self) -> str:
        return self.tr("Printed on {day}").format(day=self.locale.toString(qdate(self.printed), "d MMMM yyyy"))

    def _page_text(self, number: int, count: int) -> str:
        return self.tr("Page {number} of {count}").format(number=number, count=count)

    def _columns(self) -> list[Column]:
        if self.board:
            return [Column(self.tr("Date"), 16), Column(self.tr("Who"), 44), Column(self.tr("What"), 40)]
        return [Column(self.tr("Date"), 10), Column(self.tr("Colleague"), 20), Column(self.tr("What"), 14),
                Column(self.tr("Organisers"), 17), Column(self.tr("Plan"), 21), Column(self.tr("Budget"), 9, True),
                Column(self.tr("Status"), 9)]

    def _day(self, day: date) -> str:
        """ "ma 1"; a day in another month with its month: "do 31 dec"."""
        same_month = (day.year, day.month) == (self.report.year, self.report.month)
        return self.locale.toString(qdate(day), "ddd d" if same_month else "ddd d MMM")

    def _what(self, row: ReportRow) -> str:
        label = text(row.what)
        return f"{STAR} {label}" if row.milestone else label

    def _name(self, row: ReportRow) -> str:
        if row.name:
            return row.name
        if row.kind == Kind.MONTHLY_TREAT:
            return self.tr("This month's birthdays")
        return self.tr("Everyone")

    # -- the notice board ------------------------------------------------------------------------
    def _board_rows(self) -> list[Row]:
        rows, previous = [], None
        for item in self.report.rows:
            who = Cell(self._name(item), item.department, bold=item.milestone)
            rows.append(Row([Cell(self._day(item.day), bold=True), who, Cell(self._what(item))],
                            band=BOARD_BAND if item.milestone else None, continues=item.day == previous))
            previous = item.day
        if not rows:
            rows.append(Row(full=self.tr("No celebrations this month.")))
        return rows

    # -- the manager's overview ------------------------------------------------------------------
    def _manager_rows(self) -> list[Row]:
        rows, previous = [], None
        for item in self.report.rows:
            rows.append(Row(self._manager_cells(item), band=MANAGER_BAND if item.milestone else None,
                            note=self._note(item), continues=item.day == previous))
            previous = item.day
        report = self.report
        rows.append(Row(full=self.tr("Occasions: {count} · planned: {planned} · total budget: {budget}").format(
            count=report.occasion_count, planned=report.planned_count, budget=money_text(report.total_budget_cents)),
            keep_with_previous=bool(rows)))
        return rows

    def _manager_cells(self, item: ReportRow) -> list[Cell]:
        moved = ""
        if item.celebration_date is not None and item.celebration_date != item.day:
            moved = self.tr("celebrate {day}").format(day=self._day(item.celebration_date))
        who = [item.department] if item.department else []
        if item.quiet:
            who.append(self.tr("quiet: manager only"))
        status = status_name(item.status) if item.status is not None else self.tr("Not planned")
        if item.stale:
            status = self.tr("Moved or gone")
        organisers = [*item.organisers, *([text(item.former_organisers)] if item.former_organisers else [])]
        return [Cell(self._day(item.day), moved, bold=True), Cell(self._name(item), " · ".join(who), item.milestone),
                Cell(self._what(item)), Cell(", ".join(organisers)), Cell(item.plan),
                Cell(money_text(item.budget_cents)), Cell(status)]

    def _note(self, item: ReportRow) -> str:
        parts = []
        if item.stale:
            parts.append(self.tr("The occasion of this plan moved or is gone: plan it on its new date and delete "
                                 "this plan."))
        if item.likes:
            parts.append(self.tr("Likes: {text}").format(text=item.likes))
        if item.dietary:
            parts.append(self.tr("Dietary: {text}").format(text=item.dietary))
        if item.notes:
            parts.append(self.tr("Notes: {text}").format(text=item.notes))
        if item.plan_notes:
            parts.append(self.tr("Plan notes: {text}").format(text=item.plan_notes))
        return " · ".join(parts)
