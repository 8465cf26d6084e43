"""Which column of a spreadsheet holds what: Dutch and English headers, Outlook's and Google's exports.

Headers are compared in a normal form: case, accents, spaces, `-`, `_`, `.` and `'` do not matter, so
"E-mail", "email", "E_MAIL" and "e mail" are the same column, and so are "Hobby's" and "hobbys".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.exchange.import_errors import file_error, message, shortened_list
from desktop.models.colleague import fold
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

# Field names are Colleague attributes, plus three that only exist in files:
# `full_name` ("Pieter van der Berg", split on import), `middle_name` (Outlook/Google: a tussenvoegsel
# or a second given name) and `company` (Outlook's Company, used for nothing but known, so not warned about).
NAME_FIELDS = ("first_name", "last_name", "full_name")

_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "roepnaam", "first name", "firstname", "given name", "first", "voornamen"),
    "middle_name": ("middle name", "middelste naam", "additional name", "tweede naam"),
    "prefix": ("tussenvoegsel", "tussenvoegsels", "prefix", "voorvoegsel", "tv"),
    "last_name": ("achternaam", "last name", "lastname", "family name", "surname", "familienaam",
                  "geslachtsnaam"),
    "full_name": ("naam", "name", "full name", "volledige naam", "display name", "weergavenaam"),
    "email": ("e-mail", "email", "e-mailadres", "e-mail address", "email address", "mail", "e-mail 1 - value",
              "e-mail adres", "werk e-mail", "work email"),
    "department": ("afdeling", "department", "organization department", "organization 1 - department",
                   "team", "dept"),
    "birth": ("geboortedatum", "birth date", "birthdate", "birthday", "date of birth", "verjaardag",
              "geboortedag", "dob"),
    "hire_date": ("datum in dienst", "in dienst", "start date", "hire date", "startdatum", "indiensttreding",
                  "date of hire", "datum indiensttreding"),
    "service_start": ("jubileumdatum", "service start", "jubileum datum", "dienstjaren vanaf",
                      "service start date"),
    "end_date": ("uit dienst", "end date", "datum uit dienst", "einddatum", "leaving date",
                 "uitdiensttreding", "datum uitdiensttreding"),
    "work_days": ("werkdagen", "work days", "working days", "workdays"),
    "celebrate": ("vieren", "celebrate", "viering", "vieren?"),
    "show_age": ("leeftijd tonen", "show age", "toon leeftijd"),
    "organises": ("organiseert mee", "organises", "organizes", "organiser", "organizer", "wil organiseren",
                  "willing to organise", "willing to organize"),
    "leap_day": ("29 februari", "leap day", "schrikkeldag"),
    "likes": ("likes", "hobby's", "hobbys", "hobby", "hobbies", "interesses", "interests", "houdt van"),
    "dietary": ("dieet", "dietary", "diet", "dieetwensen", "dietary needs", "allergieen", "allergies"),
    "notes": ("notities", "notes", "opmerkingen", "notitie", "note", "opmerking"),
    "company": ("company", "bedrijf", "organization name", "organization 1 - name", "organisatie"),
}


def normal_header(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


_BY_HEADER = {normal_header(alias): name for name, aliases in _ALIASES.items() for alias in aliases}

# Shown when no name column is found, so the user knows what to call it.
EXPECTED_NAME_COLUMNS = "voornaam/first name, achternaam/last name, naam/name"


@dataclass
class ColumnMap:
    """Where each field sits in a row, the header text the user wrote for it, and what was left out."""

    index: dict[str, int] = field(default_factory=dict)
    label: dict[str, str] = field(default_factory=dict)
    warnings: list[Message] = field(default_factory=list)


def field_for(header: str) -> str | None:
    return _BY_HEADER.get(normal_header(header))


def map_headers(headers: list[str]) -> ColumnMap:
    """Match each header to a field; unknown and repeated columns become one warning each.

    A file without any name column cannot be imported and raises ImportFileError listing what was expected.
    """
    columns = ColumnMap()
    unknown: list[str] = []
    repeated: list[str] = []
    for position, header in enumerate(headers):
        header = header.strip()
        if not header:
            continue  # spreadsheets often carry empty columns at the right
        name = field_for(header)
        if name is None:
            unknown.append(header)
        elif name in columns.index:
            repeated.append(header)
        else:
            columns.index[name] = position
            columns.label[name] = header
    if not any(name in columns.index for name in NAME_FIELDS):
        found = shortened_list([h.strip() for h in headers if h.strip()])
        raise file_error(QT_TRANSLATE_NOOP("Import", "No column with a name was found (columns: {found}). "
                                                "Expected a header such as {expected}."),
                         found=found or "-", expected=EXPECTED_NAME_COLUMNS)
    if unknown:
        # One source text per number: lupdate sees no plural forms through QT_TRANSLATE_NOOP.
        ignored = (QT_TRANSLATE_NOOP("Import", "Ignored 1 column this app does not use: {columns}") if len(unknown) == 1
                   else QT_TRANSLATE_NOOP("Import", "Ignored {count} columns this app does not use: {columns}"))
        columns.warnings.append(message(ignored, count=len(unknown), columns=shortened_list(unknown)))
    if repeated:
        repeats = (QT_TRANSLATE_NOOP("Import", "Ignored a repeated column, the first one is used: {columns}")
                   if len(repeated) == 1 else
                   QT_TRANSLATE_NOOP("Import", "Ignored repeated columns, the first of each is used: {columns}"))
        columns.warnings.append(message(repeats,
                                        columns=shortened_list(repeated)))
    return columns


def looks_like_several_headers(text: str) -> bool:
    """True when one header cell holds two or more known column names: the columns were not split."""
    words = [word for word in re.split(r"[\t|:,; ]+", text) if word]
    return sum(1 for word in words if field_for(word) is not None) >= 2
