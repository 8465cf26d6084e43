"""Which way round a file writes its dates: day/month/year (the Dutch habit) or month/day/year (an English-US
Outlook export writes "12/10/1976" for 10 December).

Decided per file from all its rows: a value whose first part is over 12 proves day-first, one whose second part
is over 12 proves month-first. Where every row is ambiguous, the file's own hints decide (an English Outlook
layout is month-first), else day-first. A column with proof of both is refused, the rows named. The import
then reads month-first values as if written day-first, so one date reader serves both.
"""

from __future__ import annotations

import re

from desktop.exchange.import_errors import file_error, message
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

DMY, MDY = "dmy", "mdy"
DATE_FIELDS = ("birth", "hire_date", "service_start", "end_date")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})((?:[-/.])\d{4})?$")
# Headers only Outlook's English export uses ("E-mail Address", "Business Phone"...): its dates are month-first.
_OUTLOOK_ENGLISH = {"e-mail address", "business phone", "mobile phone", "home phone", "job title"}


def settle(records: list[tuple[int, dict[str, object]]], labels: dict[str, str], headers: list[str],
           override: str | None) -> tuple[str, Message | None]:
    """Decide the order, rewrite month-first values in `records` to day-first, and say which order was used
    (None when the file has no dates that could be read either way). Raises ImportFileError for a column
    whose rows contradict each other."""
    seen = slashes = False
    proof: dict[str, tuple[list[int], list[int]]] = {}
    for number, values in records:
        for name in DATE_FIELDS:
            found = _NUMERIC.match(str(values.get(name) or "").strip())
            if not found:
                continue
            seen = True
            slashes = slashes or found.group(2) == "/"
            first, second = int(found.group(1)), int(found.group(3))
            day_first, month_first = proof.setdefault(name, ([], []))
            if first > 12 >= second:
                day_first.append(number)
            elif second > 12 >= first:
                month_first.append(number)
    if override is None:
        for name, (day_first, month_first) in proof.items():
            if day_first and month_first:
                raise file_error(QT_TRANSLATE_NOOP(
                    "Import", "{column}: rows {day_rows} can only be day/month/year, rows {month_rows} only "
                              "month/day/year. Correct them, or say the order with --date-order dmy or mdy."),
                    column=labels.get(name, name), day_rows=_rows(day_first), month_rows=_rows(month_first))
    order = override or _decided(proof, headers, slashes)
    if order == MDY:
        for _, values in records:
            for name in DATE_FIELDS:
                found = _NUMERIC.match(str(values.get(name) or "").strip())
                if found:
                    values[name] = f"{found.group(3)}{found.group(2)}{found.group(1)}{found.group(4) or ''}"
    if not seen:
        return order, None
    said = (QT_TRANSLATE_NOOP("Import", "Dates read as month/day/year") if order == MDY
            else QT_TRANSLATE_NOOP("Import", "Dates read as day/month/year"))
    return order, message(said)


def _decided(proof: dict[str, tuple[list[int], list[int]]], headers: list[str], slashes: bool) -> str:
    if any(day_first for day_first, _ in proof.values()):
        return DMY
    if any(month_first for _, month_first in proof.values()):
        return MDY
    if {header.strip().casefold() for header in headers} & _OUTLOOK_ENGLISH and slashes:
        return MDY  # Outlook's English (US) export; a Dutch Outlook writes 3-4-1980 under the same headers
    return DMY


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(number) for number in numbers[:10])
    return shown + (", ..." if len(numbers) > 10 else "")
