"""Pages to PDF without ever leaving half a file, and a QGuiApplication for printing without a window."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from desktop.render.layout import page_layout

PDF_RESOLUTION = 300


def write_pdf(path: Path, paper: str, title: str, paint: Callable[[QPagedPaintDevice], int]) -> int:
    """Paint into a temporary file beside `path`, then rename it: `path` is either the whole PDF or untouched.
    Returns the number of pages; raises OSError when the folder cannot be written."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(paper))
        writer.setTitle(title)
        writer.setCreator("Social Calendar")
        pages = paint(writer)
        del writer
        if os.path.getsize(temporary) == 0:
            raise OSError(QCoreApplication.translate("Printing", "Nothing was written."))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def ensure_gui_application() -> None:
    """Fonts and PDFs need a QGuiApplication; the command line makes one for the print commands (offscreen
    without a display), the window has one already."""
    from desktop.qt_app import command_application

    command_application(gui=True)
