"""Open an import file and turn it into numbered records of field values, whatever its format.

The format follows the extension (.csv/.txt, .xlsx/.xlsm, .vcf/.vcard); for any other extension the content
decides: a zip is a workbook, "BEGIN:VCARD" a vCard, other text CSV.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.exchange import import_date_order
from desktop.exchange.import_columns import map_headers
from desktop.exchange.import_csv import Table, decode, read_csv, uses_other_delimiter
from desktop.exchange.import_errors import file_error, message
from desktop.exchange.import_vcard import LABELS as VCARD_LABELS
from desktop.exchange.import_vcard import looks_like_vcard, read_vcards
from desktop.exchange.import_xlsx import read_xlsx
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

_CSV, _XLSX, _VCARD = "csv", "xlsx", "vcard"
_BY_EXTENSION = {".csv": _CSV, ".txt": _CSV, ".tsv": _CSV, ".xlsx": _XLSX, ".xlsm": _XLSX,
                 ".vcf": _VCARD, ".vcard": _VCARD}
_UNSUPPORTED = {".xls", ".ods", ".numbers", ".xlsb"}


@dataclass
class Source:
    records: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # field → header (or vCard property) as in the file
    warnings: list[Message] = field(default_factory=list)
    refused: list[tuple[int, Message]] = field(default_factory=list)  # rows unreadable as such
    date_order: str = import_date_order.DMY  # how day/month values were read (import_date_order)
    date_note: Message | None = None  # "Dates read as ...", when the file has dates that read either way


def read_source(path: Path, date_order: str | None = None) -> Source:
    """Read `path`; a file that cannot be imported at all raises ImportFileError. `date_order` ("dmy" or
    "mdy") overrides the order the file's dates are read in, which is otherwise decided from the file."""
    source, headers = _read(Path(path))
    source.date_order, source.date_note = import_date_order.settle(source.records, source.labels, headers,
                                                                   date_order)
    return source


def _read(path: Path) -> tuple[Source, list[str]]:
    path = Path(path)
    if not path.exists():
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} does not exist"), file=str(path))
    if path.is_dir():
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is a folder, not a file"), file=str(path))
    extension = path.suffix.lower()
    if extension in _UNSUPPORTED:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file}: this spreadsheet format cannot be read. Save it as Excel "
                                                "workbook (.xlsx) or CSV."), file=path.name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} cannot be read: {detail}"),
                         file=str(path), detail=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is empty"), file=path.name)
    kind = _BY_EXTENSION.get(extension) or _sniff(path, data)
    if kind == _XLSX:
        table = read_xlsx(path)
        return _from_table(table), table.headers
    text = decode(data, path)
    if kind == _VCARD:
        return _from_vcards(text, path), []
    table = read_csv(text, path)
    return _from_table(table), table.headers


def _sniff(path: Path, data: bytes) -> str:
    if data.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        return _XLSX
    try:
        if looks_like_vcard(decode(data[:4096], path)):
            return _VCARD
    except Exception:  # noqa: BLE001 - a cut-off multi-byte character; the full decode below decides
        pass
    return _CSV


def _from_table(table: Table) -> Source:
    columns = map_headers(table.headers)
    source = Source(labels=columns.label, warnings=columns.warnings)
    width = len(table.headers)
    for number, cells in table.rows:
        if uses_other_delimiter(table, cells):
            source.refused.append((number, message(QT_TRANSLATE_NOOP("Import", "this row uses another separator than "
                                                                          "the header (comma or semicolon)"))))
            continue
        if len(cells) > width and any(str(cell).strip() for cell in cells[width:] if cell is not None):
            source.refused.append((number, message(QT_TRANSLATE_NOOP("Import", "this row has {found} values but the "
                                                                          "header only {expected} columns; "
                                                                          "put values holding the separator "
                                                                          "in double quotes"),
                                                   found=len(cells), expected=width)))
            continue
        source.records.append((number, {name: cells[index] for name, index in columns.index.items()
                                        if index < len(cells)}))
    return source


def _from_vcards(text: str, path: Path) -> Source:
    cards = read_vcards(text)
    if not cards.records and not cards.refused:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} holds no vCards (BEGIN:VCARD ... END:VCARD)"),
                         file=path.name)
    return Source(records=cards.records, labels=dict(VCARD_LABELS), refused=cards.refused)
