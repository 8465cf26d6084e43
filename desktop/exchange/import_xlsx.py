"""Reading the first sheet of an Excel workbook (.xlsx): the first non-empty row is the header.

Cells keep their types (dates arrive as datetime, numbers as int/float); the values module reads them.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

from desktop.exchange.import_csv import Table
from desktop.exchange.import_errors import file_error
from desktop.models.i18n import QT_TRANSLATE_NOOP


def read_xlsx(path: Path) -> Table:
    """Read the first sheet. A file that is not a real workbook raises ImportFileError, never a library error."""
    if not zipfile.is_zipfile(path):
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is not an Excel workbook (.xlsx); it seems to be a text "
                                                "or other file with the wrong extension. A CSV file should end "
                                                "in .csv."), file=path.name)
    import openpyxl  # loaded only when a workbook is imported: it is a heavy module

    try:
        # A handle, not the path: openpyxl refuses paths by extension, and the format was chosen already.
        with warnings.catch_warnings(), path.open("rb") as handle:
            # openpyxl warns about styles and extensions it does not know; the data is read all the same.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                # The sheet's size tag (<dimension>) is a claim some exporters get wrong; read-only mode would
                # stop at it. Forgetting it makes openpyxl read every row there is, each as long as it is.
                sheet.reset_dimensions()
                read = [list(values) for values in sheet.iter_rows(values_only=True)]
                width = max((len(values) for values in read), default=0)
                rows = [(number, values + [None] * (width - len(values)))
                        for number, values in enumerate(read, start=1)]
            finally:
                workbook.close()
    except Exception as exc:  # openpyxl raises KeyError, BadZipFile, InvalidFileException, ValueError...
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is not a readable Excel workbook (.xlsx): {detail}"),
                         file=path.name, detail=type(exc).__name__) from exc
    filled = [(number, values) for number, values in rows if any(_filled(value) for value in values)]
    if not filled:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} is empty"), file=path.name)
    (_, header), *data = filled
    if not data:
        raise file_error(QT_TRANSLATE_NOOP("Import", "{file} has a header but no colleagues"), file=path.name)
    headers = ["" if value is None else str(value).strip() for value in header]
    return Table(headers, data)


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""
