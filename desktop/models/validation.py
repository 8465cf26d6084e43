"""What makes a colleague record acceptable; each problem names its field so forms can show it beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.models.colleague import Colleague
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.text import has_control_characters

CTX = "Validation"
MAX_NAME_LENGTH = 100  # first name, prefix, last name and a department's name
MAX_TEXT_LENGTH = 2000  # likes and dietary wishes
MAX_NOTES_LENGTH = 10_000
MAX_EMAIL_LENGTH = 254  # what SMTP can carry (RFC 5321)
_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")


@dataclass(frozen=True)
class Problem:
    field: str  # a Colleague attribute name, e.g. "birth" or "end_date"
    message: Message


def _problem(field: str, source: str, **params: object) -> Problem:
    return Problem(field, Message(CTX, source, params))


def validate(colleague: Colleague, today: date) -> list[Problem]:
    """All problems with `colleague`, in form order; an empty list means it may be stored."""
    problems: list[Problem] = []
    if not colleague.first_name.strip() and not colleague.last_name.strip():
        problems.append(_problem("last_name", QT_TRANSLATE_NOOP("Validation", "A name is required")))
    for field, label in (("first_name", QT_TRANSLATE_NOOP("Validation", "First name")),
                         ("prefix", QT_TRANSLATE_NOOP("Validation", "Prefix")),
                         ("last_name", QT_TRANSLATE_NOOP("Validation", "Last name"))):
        value = getattr(colleague, field)
        if len(value) > MAX_NAME_LENGTH:
            problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "{label} is longer than {max} characters"),
                                     label=Message(CTX, label), max=MAX_NAME_LENGTH))
        elif has_control_characters(value):
            problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "{label} contains control characters"),
                                     label=Message(CTX, label)))
    if len(colleague.email) > MAX_EMAIL_LENGTH:
        problems.append(_problem("email", QT_TRANSLATE_NOOP("Validation", "An e-mail address is at most {max} "
                                                                          "characters; this one has {length}"),
                                 max=MAX_EMAIL_LENGTH, length=len(colleague.email)))
    elif colleague.email and not _EMAIL.match(colleague.email):
        problems.append(_problem("email", QT_TRANSLATE_NOOP("Validation", "{email} is not an e-mail address"),
                                 email=colleague.email))
    for field, limit in (("likes", MAX_TEXT_LENGTH), ("dietary", MAX_TEXT_LENGTH), ("notes", MAX_NOTES_LENGTH)):
        if len(getattr(colleague, field)) > limit:
            problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "Text is longer than {max} characters"),
                                     max=limit))
    birth = colleague.birth.as_date() if colleague.birth else None
    if birth is not None and birth > today:
        problems.append(_problem("birth", QT_TRANSLATE_NOOP("Validation", "The birth date lies in the future")))
    if birth is not None and colleague.hire_date is not None and colleague.hire_date <= birth:
        problems.append(_problem("hire_date",
                                 QT_TRANSLATE_NOOP("Validation", "The hire date lies before the birth date")))
    if birth is not None and colleague.service_start is not None and colleague.service_start <= birth:
        problems.append(_problem("service_start",
                                 QT_TRANSLATE_NOOP("Validation", "The service start lies before the birth date")))
    if colleague.end_date is not None:
        start = colleague.hire_date
        if start is not None and colleague.end_date < start:
            problems.append(_problem("end_date",
                                     QT_TRANSLATE_NOOP("Validation", "The end date lies before the hire date")))
        elif colleague.service_start is not None and colleague.end_date < colleague.service_start:
            problems.append(_problem("end_date",
                                     QT_TRANSLATE_NOOP("Validation", "The end date lies before the service start")))
    if not colleague.work_days:
        problems.append(_problem("work_days", QT_TRANSLATE_NOOP("Validation", "Choose at least one working day")))
    return problems


def department_problem(name: str) -> Message | None:
    """What is wrong with a department's name, if anything (an empty name is the schema's to refuse)."""
    if len(name.strip()) > MAX_NAME_LENGTH:
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "A department's name is at most {max} characters; "
                                                            "this one has {length}"),
                       {"max": MAX_NAME_LENGTH, "length": len(name.strip())})
    return None
