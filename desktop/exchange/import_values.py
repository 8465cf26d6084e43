"""From the cells of one row to Colleague field values: names split the Dutch way, dates, yes/no answers.

Empty cells give no value at all, so that re-importing a file that leaves a cell empty (Outlook writes
"0-0-00" for an unknown birthday) keeps what the register already knows instead of erasing it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from desktop.exchange.import_errors import message
from desktop.models.colleague import Celebrate, LeapDay
from desktop.models.dates import DateError, PartialDate, parse_date, parse_partial_date
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.text import clean_text as clean_free_text
from desktop.models.text import clean_words
from desktop.models.workdays import WorkDaysError, parse_work_days

# Longest first, so that "van der" wins over "van". Case is ignored when splitting a full name.
DUTCH_PREFIXES = sorted((
    "van", "van der", "van den", "van de", "van het", "van 't", "de", "den", "der", "het", "ter", "ten", "te",
    "in 't", "in het", "in de", "in den", "'t", "op de", "op den", "op het", "op 't", "op ten", "uit de",
    "uit den", "uit het", "uit 't", "aan de", "aan den", "aan het", "bij de", "onder de", "over de", "voor de",
    "voor den", "voor 't", "von", "von der", "von dem", "vom", "zu", "d'", "l'", "le", "la", "el", "al", "da",
    "di", "do", "dos", "du", "des", "del", "della", "de la", "de los", "van der ter",
), key=lambda prefix: -len(prefix.split()))
_PREFIX_SET = set(DUTCH_PREFIXES)
_MAX_PREFIX_WORDS = max(len(prefix.split()) for prefix in DUTCH_PREFIXES)

_ZERO_DATE = re.compile(r"^[0\s./-]*$")  # Outlook's "0-0-00" and "00-00-0000": no date
_YES = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "wel"}
_NO = {"nee", "n", "no", "false", "onwaar", "0", "niet"}
_QUIET = {"stil", "quiet", "stilletjes", "in stilte", "alleen manager", "manager only"}
_LEAP = {"28-02": LeapDay.FEB_28, "28 feb": LeapDay.FEB_28, "feb28": LeapDay.FEB_28, "28 februari": LeapDay.FEB_28,
         "01-03": LeapDay.MAR_1, "1-3": LeapDay.MAR_1, "1 mrt": LeapDay.MAR_1, "1 maart": LeapDay.MAR_1,
         "mar1": LeapDay.MAR_1, "1 mar": LeapDay.MAR_1}
MULTI_LINE = frozenset({"likes", "dietary", "notes"})


class CellError(Exception):
    """One cell that cannot be read; `message` says why."""

    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


def clean_text(value: object, multi_line: bool = False) -> str:
    """Cell → text without control characters; names and e-mail become one line with single spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # Excel stores "12" as 12.0
    return clean_free_text(str(value)) if multi_line else clean_words(str(value))


def split_full_name(name: str) -> tuple[str, str, str]:
    """"Pieter van der Berg" → ("Pieter", "van der", "Berg"); "Berg, Pieter van der" the same.

    Without a prefix the last word is the last name ("Jan Peter Jansen" → "Jan Peter", "", "Jansen"); a single
    word is taken as the first name.
    """
    if "," in name:
        last, _, given = (part.strip() for part in name.partition(","))
        first, prefix = split_trailing_prefix(given)
        return first, prefix, last
    words = name.split()
    if len(words) <= 1:
        return name.strip(), "", ""
    for start in range(1, len(words) - 1):
        for size in range(min(_MAX_PREFIX_WORDS, len(words) - 1 - start), 0, -1):
            if " ".join(words[start:start + size]).casefold() in _PREFIX_SET:
                return " ".join(words[:start]), " ".join(words[start:start + size]), " ".join(words[start + size:])
    return " ".join(words[:-1]), "", words[-1]


def split_trailing_prefix(given: str) -> tuple[str, str]:
    """"Pieter van der" → ("Pieter", "van der"): the prefix of a "Last, First prefix" name."""
    words = given.split()
    for size in range(min(_MAX_PREFIX_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[-size:]).casefold() in _PREFIX_SET:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return given, ""


def split_last_name(last: str) -> tuple[str, str]:
    """"van der Berg" in a last-name column → ("van der", "Berg").

    Only a lower-case prefix is split off: the Flemish "Van Damme" is a last name that sorts under V.
    """
    words = last.split()
    for size in range(min(_MAX_PREFIX_WORDS, len(words) - 1), 0, -1):
        candidate = " ".join(words[:size])
        if candidate in _PREFIX_SET:
            return candidate, " ".join(words[size:])
    return "", last


def is_prefix(text: str) -> bool:
    return text.casefold() in _PREFIX_SET


# Stand-in years of writers that cannot leave the year out: vCard 3 writers (khard) put 1900, others 0000
# (Apple's 1604 comes with X-APPLE-OMIT-YEAR, handled by the vCard reader). Nobody employed was born in them.
_PLACEHOLDER_YEAR = re.compile(r"^(?:0000|1900|1604)-?(\d{2})-?(\d{2})(?:T.*)?$")


def read_birth(value: object) -> PartialDate | None:
    if isinstance(value, datetime | date):
        day = value if not isinstance(value, datetime) else value.date()
        return PartialDate(day.month, day.day) if day.year in (1900, 1604) else PartialDate.from_date(day)
    text = _date_text(value)
    placeholder = _PLACEHOLDER_YEAR.match(text)
    if placeholder:
        text = f"--{placeholder.group(1)}-{placeholder.group(2)}"
    return parse_partial_date(text) if text else None


def read_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _date_text(value)
    return parse_date(text) if text else None


def _date_text(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 200_000:
        # An Excel date serial in a cell formatted as a number: day 1 is 1900-01-01 (with Excel's 1900 bug).
        day = date(1899, 12, 30) + timedelta(days=int(value))
        return day.isoformat()
    text = clean_text(value)
    return "" if _ZERO_DATE.match(text) else text


def read_yes_no(value: object) -> bool | None:
    text = clean_text(value).casefold()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(message(QT_TRANSLATE_NOOP("Import", "\"{text}\" is not ja/nee or yes/no"), text=text))


def read_celebrate(value: object) -> Celebrate | None:
    text = clean_text(value).casefold()
    if not text:
        return None
    if text in _YES:
        return Celebrate.YES
    if text in _QUIET:
        return Celebrate.QUIET
    if text in _NO:
        return Celebrate.NO
    raise CellError(message(QT_TRANSLATE_NOOP("Import", "\"{text}\" is not ja/stil/nee or yes/quiet/no"), text=text))


def read_leap_day(value: object) -> LeapDay | None:
    text = clean_text(value).casefold()
    if not text:
        return None
    if text in _LEAP:
        return _LEAP[text]
    raise CellError(message(QT_TRANSLATE_NOOP("Import", "\"{text}\" is not 28-02 or 01-03"), text=text))


def read_work_days(value: object) -> frozenset[int] | None:
    text = clean_text(value)
    return parse_work_days(text) if text else None


READERS = {"birth": read_birth, "hire_date": read_date, "service_start": read_date, "end_date": read_date,
           "work_days": read_work_days, "celebrate": read_celebrate, "show_age": read_yes_no,
           "organises": read_yes_no, "leap_day": read_leap_day}
VALUE_ERRORS = (CellError, DateError, WorkDaysError)
