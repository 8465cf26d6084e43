"""Reading a CSV file as people save them: comma or semicolon, UTF-8 (with or without BOM) or Windows-1252.

Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" with semicolons in Windows-1252; Outlook and
Google export with commas in UTF-8. Rows are numbered as in the file with the header as row 1; a quoted
value spanning several lines numbers its record by the line it starts on, as a text editor would show it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.exchange.import_columns import field_for, looks_like_several_headers
from desktop.exchange.import_errors import file_error
from desktop.models.i18n import QT_TRANSLATE_NOOP

_SNIFF_BYTES = 8192
_EXCEL_SEPARATOR = re.compile(r"^\s*sep=([,;])\s*$")


@dataclass
class Table:
    """A header and its rows, each row with its number in the file."""

    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    delimiter: str = ""  # CSV only


def decode(data: bytes, path: Path) -> str:
    """Bytes → text: UTF-16 or UTF-8 by their BOM, else UTF-8, else Windows-1252; binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise not_text(path) from None
    head = data[:_SNIFF_BYTES]
    # Text never holds NUL bytes; images, zips and databases nearly always do early on.
    if b"\x00" in head:
        raise not_text(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise not_text(path) from None
    controls = sum(1 for ch in text[:_SNIFF_BYTES] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > len(text[:_SNIFF_BYTES]) // 100:
        raise not_text(path)
    return text


def not_text(path: Path) -> Exception:
    return file_error(QT_TRANSLATE_NOOP("Import", "{file} is not a text file (CSV); it looks like binary data. "
                                             "Save the list as CSV, Excel (.xlsx) or vCard (.vcf)."),
                      file=path.name)


def _first_line(text: str) -> str:
    return text.lstrip("\r\n").splitlines()[0] if text.strip() else ""


def choose_delimiter(header_line: str) -> str:
    """Comma or semicolon, whichever the header uses most; other separators get a clear refusal."""
    unquoted = _outside_quotes(header_line)
    commas, semicolons = unquoted.count(","), unquoted.count(";")
    if commas or semicolons:
        return ";" if semicolons > commas else ","
    if "\t" in unquoted:
        raise file_error(QT_TRANSLATE_NOOP("Import", "The columns are separated by tabs. Save the list as CSV with "
                                                "commas or semicolons, or as Excel (.xlsx)."))
    header = header_line.strip().strip('"')
    if field_for(header) is None and looks_like_several_headers(header):
        raise file_error(QT_TRANSLATE_NOOP("Import", "The header \"{header}\" looks like several columns, but they are "
                                                "not separated by a comma or semicolon. Save the list as CSV with "
                                                "commas or semicolons."),
                         header=header[:80])
    return ","  # a single column, such as a plain list of names


def _outside_quotes(line: str) -> str:
    parts = line.split('"')
    return "".join(parts[0::2])


def read_csv(text: str, path: Path) -> Table:
    """Parse `text`; blank rows are skipped. Raises ImportFileError when nothing but a header remains."""
    header_line = _first_line(text)
    excel_hint = _EXCEL_SEPARATOR.match(header_line)
    if excel_hint:  # Excel's "sep=;" first line names the separator itself
        delimiter = excel_hint.group(1)
        header_line = _first_line(text.lstrip("\r\n").partition("\n")[2])
    if not header_line.strip(" \t,;\"'"):
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is empty"), file=path.name)
    if not excel_hint:
        delimiter = choose_delimiter(header_line)
    # Strict: a stray quote must not silently swallow the rest of the file into one value.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    table: Table | None = None
    try:
        line = 0  # lines consumed before the current record
        for record in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if excel_hint and table is None and _EXCEL_SEPARATOR.match(delimiter.join(record)):
                continue
            if table is None:
                table = Table([cell.strip() for cell in record], delimiter=delimiter)
            else:
                table.rows.append((start, list(record)))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise file_error(QT_TRANSLATE_NOOP("Import", "{file}: the double quote opened on line {line} is never "
                                                    "closed"), file=path.name, line=line + 1) from exc
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} cannot be read as CSV on line {line}: {detail}"),
                         file=path.name, line=reader.line_num, detail=str(exc)) from exc
    if table is None:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is empty"), file=path.name)
    if not table.rows:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} has a header but no colleagues"), file=path.name)
    return table


def uses_other_delimiter(table: Table, cells: list[object]) -> bool:
    """A row read as one value while the header has several: that row uses another separator."""
    if not table.delimiter or len(table.headers) < 2 or len(cells) != 1:
        return False
    other = ";" if table.delimiter == "," else ","
    return other in str(cells[0])
