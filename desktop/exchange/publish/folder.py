"""Writing a calendar file atomically: a temporary file in the same folder, flushed, then renamed over the
old one, so a subscriber (or a sync client on a shared drive) never reads half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

DEFAULT_NAME = "social-calendar.ics"


def target_file(destination: str | os.PathLike[str]) -> Path:
    """A folder gets `social-calendar.ics` inside it; anything else is the file itself."""
    path = Path(destination).expanduser()
    return path / DEFAULT_NAME if path.is_dir() else path


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it owner-only; a shared calendar is meant to be read
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return path
