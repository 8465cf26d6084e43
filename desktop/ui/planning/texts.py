"""How planning values read on screen: money, long dates, organiser names and reasons."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.i18n import money_text, status_name, text  # noqa: F401 - money and status read alike on paper
from desktop.models.colleague import Colleague
from desktop.models.i18n import Message


def long_date(day: date) -> str:
    """ "zaterdag 5 december 2026" in Dutch, "Saturday 5 December 2026" in English."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def reasons_text(reasons: Iterable[Message]) -> str:
    """ "Same department as Jan; last organised 8 months ago": the first word capitalised, the rest as written."""
    joined = "; ".join(text(reason) for reason in reasons)
    return joined[:1].upper() + joined[1:]


def names_text(colleague_ids: Iterable[int], people: dict[int, Colleague]) -> str:
    return ", ".join(people[cid].full_name for cid in colleague_ids if cid in people)


def role_name(role: str) -> str:
    names = {
        "knows": QCoreApplication.translate("PlanningTexts", "knows the celebrant"),
        "bridge": QCoreApplication.translate("PlanningTexts", "from another department"),
        "manual": QCoreApplication.translate("PlanningTexts", "chosen by hand"),
    }
    return names.get(role, QCoreApplication.translate("PlanningTexts", "organiser"))
