"""Names of a colleague's fields as the office manager reads them (form labels, import preview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    """Colleague attribute name → translated label."""

    return {
        "first_name": QCoreApplication.translate("FieldLabels", "First name"),
        "prefix": QCoreApplication.translate("FieldLabels", "Prefix (tussenvoegsel)"),
        "last_name": QCoreApplication.translate("FieldLabels", "Last name"),
        "email": QCoreApplication.translate("FieldLabels", "E-mail"),
        "department_id": QCoreApplication.translate("FieldLabels", "Department"),
        "birth": QCoreApplication.translate("FieldLabels", "Birth date"),
        "leap_day": QCoreApplication.translate("FieldLabels", "29 February"),
        "hire_date": QCoreApplication.translate("FieldLabels", "Hire date"),
        "service_start": QCoreApplication.translate("FieldLabels", "Service start"),
        "end_date": QCoreApplication.translate("FieldLabels", "End date"),
        "work_days": QCoreApplication.translate("FieldLabels", "Working days"),
        "celebrate": QCoreApplication.translate("FieldLabels", "Celebrate"),
        "show_age": QCoreApplication.translate("FieldLabels", "Show age"),
        "organises": QCoreApplication.translate("FieldLabels", "Helps organise"),
        "likes": QCoreApplication.translate("FieldLabels", "Likes"),
        "dietary": QCoreApplication.translate("FieldLabels", "Dietary needs"),
        "notes": QCoreApplication.translate("FieldLabels", "Notes"),
        "language": QCoreApplication.translate("FieldLabels", "Language of mails"),
    }
