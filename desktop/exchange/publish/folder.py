"""Writing a calendar file atomically: a temporary file in the same folder, flushed, then renamed over the
old one, so a subscriber (or a sync client on a shared drive) never reads half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

DEFAULT_NAME = "social-calendar.ics"


class MissingFolder(Exception):
    """The folder to publish to is not there (a shared drive that is not connected): nothing was written."""

    def __init__(self, folder: Path):
        super().__init__(str(folder))
        self.folder = folder


def target_file(destination: str | os.PathLike[str]) -> Path:
    """A destination ending in .ics is the file itself, in a folder that must exist; anything else is a folder
    that must exist and gets `social-calendar.ics`. Raises MissingFolder otherwise: a missing folder is never
    mistaken for a file name (which would write a file named like the folder)."""
    path = Path(destination).expanduser()
    if path.suffix.lower() == ".ics":
        folder, target = path.parent, path
    else:
        folder, target = path, path / DEFAULT_NAME
    if not folder.is_dir():
        raise MissingFolder(folder)
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write `data` to `path` whole or not at all. `private` (what the shared audience may not see: the
    manager's or an organiser's calendar) keeps it owner-only; a shared calendar follows the umask."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes it owner-only; a shared calendar is meant to be read, as far as the user's umask says.
        os.chmod(temporary, 0o600 if private else 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return path


def _umask() -> int:
    mask = os.umask(0o077)  # the only way to read it is to set it: put it straight back
    os.umask(mask)
    return mask
