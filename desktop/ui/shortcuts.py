"""Every keyboard shortcut of the window in one place, standard keys where the platform has one."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

NEW_FILE = [QKeySequence(StandardKey.New)]
OPEN_FILE = [QKeySequence(StandardKey.Open)]
IMPORT = [QKeySequence("Ctrl+I")]
PRINT = [QKeySequence(StandardKey.Print)]
EXPORT_CALENDAR = [QKeySequence("Ctrl+Shift+E")]
QUIT = [QKeySequence(StandardKey.Quit), QKeySequence("Ctrl+Q")]
UNDO = [QKeySequence(StandardKey.Undo)]
# Qt's standard Redo on Linux is Ctrl+Shift+Z already; Ctrl+Y is what Windows users try first.
REDO = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
# File › New owns Ctrl+N, so adding a colleague gets Insert (spreadsheet habit) and Ctrl+Shift+N.
ADD_COLLEAGUE = [QKeySequence("Ctrl+Shift+N"), QKeySequence("Ins")]
EDIT_COLLEAGUE = [QKeySequence("Ctrl+E")]  # Enter/Return and double-click in the table work too
DELETE_COLLEAGUE = [QKeySequence(StandardKey.Delete)]
DEPARTMENTS = [QKeySequence("Ctrl+D")]
FIND = [QKeySequence(StandardKey.Find)]
HELP = [QKeySequence(StandardKey.HelpContents)]
RECORD_OCCASION = [QKeySequence("Ctrl+R")]
LEAVE = [QKeySequence("Ctrl+L")]
# The pages in tab order: coming up, calendar, planning, colleagues, budget.
PAGES = [[QKeySequence(f"Ctrl+{number}")] for number in range(1, 7)]


def unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """Drop empty and repeated sequences (a standard key may be empty or equal to our fallback)."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen
