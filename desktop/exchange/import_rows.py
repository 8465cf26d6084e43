"""One imported row → the changes it makes to a colleague, or the reasons it cannot be read.

The name in a row is taken as a whole: when a row names someone, first name, prefix and last name all come
from the row. Every other field only changes when its cell is filled (see import_values).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.exchange.import_errors import message
from desktop.exchange.import_values import (
    MULTI_LINE,
    READERS,
    VALUE_ERRORS,
    clean_text,
    is_prefix,
    split_full_name,
    split_last_name,
)
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.validation import department_problem

_TEXT_FIELDS = ("email", "likes", "dietary", "notes")


@dataclass
class RowChanges:
    changes: dict[str, object] = field(default_factory=dict)  # Colleague attribute → new value
    department: str = ""  # "" leaves the department as it is
    problems: list[Message] = field(default_factory=list)


def read_row(values: dict[str, object], labels: dict[str, str]) -> RowChanges:
    """`values` maps field names (see import_columns) to raw cells; `labels` the field to its header text."""
    row = RowChanges()
    row.changes.update(_name(values))
    for name in _TEXT_FIELDS:
        text = clean_text(values.get(name), multi_line=name in MULTI_LINE)
        if name == "email":
            # Google puts several addresses in one cell: "work@x.nl ::: home@y.nl"; the first is the main one.
            text = text.split(":::")[0].strip()
        if text:
            row.changes[name] = text
    row.department = clean_text(values.get("department"))
    too_long = department_problem(row.department)
    if too_long is not None:
        row.problems.append(message(QT_TRANSLATE_NOOP("Import", "{column}: {problem}"),
                                    column=labels.get("department", "department"), problem=too_long))
    for name, reader in READERS.items():
        if name not in values:
            continue
        try:
            value = reader(values[name])
        except VALUE_ERRORS as exc:
            row.problems.append(message(QT_TRANSLATE_NOOP("Import", "{column}: {problem}"),
                                        column=labels.get(name, name), problem=exc.message))
            continue
        if value is not None:
            row.changes[name] = value
    return row


def _name(values: dict[str, object]) -> dict[str, str]:
    first = clean_text(values.get("first_name"))
    middle = clean_text(values.get("middle_name"))
    prefix = clean_text(values.get("prefix"))
    last = clean_text(values.get("last_name"))
    if first or last:
        if middle and is_prefix(middle) and not prefix:
            prefix = middle  # Outlook and Google have no tussenvoegsel field; Dutch users put it in Middle Name
        elif middle:
            first = f"{first} {middle}".strip()
        if not prefix:
            prefix, last = split_last_name(last)
        return {"first_name": first, "prefix": prefix, "last_name": last}
    full = clean_text(values.get("full_name"))
    if full:
        first, prefix, last = split_full_name(full)
        return {"first_name": first, "prefix": prefix, "last_name": last}
    return {}
