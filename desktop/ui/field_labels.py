"""Names of a colleague's fields as the office manager reads them (form labels, import preview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    """Colleague attribute name → translated label."""
    def tr(source: str) -> str:
        return QCoreApplication.translate("FieldLabels", source)

    return {
        "first_name": tr("First name"),
        "prefix": tr("Prefix (tussenvoegsel)"),
        "last_name": tr("Last name"),
        "email": tr("E-mail"),
        "department_id": tr("Department"),
        "birth": tr("Birth date"),
        "leap_day": tr("29 February"),
        "hire_date": tr("Hire date"),
        "service_start": tr("Service start"),
        "end_date": tr("End date"),
        "work_days": tr("Working days"),
        "celebrate": tr("Celebrate"),
        "show_age": tr("Show age"),
        "organises": tr("Helps organise"),
        "likes": tr("Likes"),
        "dietary": tr("Dietary needs"),
        "notes": tr("Notes"),
    }
