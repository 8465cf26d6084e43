"""Damaging a real file the way a disk does, for the tests of what the app does with a damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PAGE = 4096


def flip_bytes(path: Path, pages: int = 3) -> bytes:
    """Damage as a bad sector makes it: bytes flipped in the pages after the first (the header stays, so the
    file is still recognised as a database); returns the damaged content."""
    data = bytearray(path.read_bytes())
    for offset in range(PAGE + 200, min(len(data), PAGE * (pages + 1)), 5):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return bytes(data)


def damage_an_index(path: Path) -> bytes:
    """Damage that the quick check on opening lets through: an index entry (of the colleagues' e-mail index)
    no longer matching its row; returns the damaged content."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'colleagues_email'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = PAGE * (root - 1)
    cell = data.find(b"@", page, page + PAGE)  # an e-mail address inside the index page
    data[cell - 1] = ord("Z") if data[cell - 1] != ord("Z") else ord("Y")
    path.write_bytes(bytes(data))
    return bytes(data)
