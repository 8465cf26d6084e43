"""What is compared, fingerprinted and kept in a conflict: an object's portable fields as a plain JSON dict.

Portable means free of this file's ids: a colleague's department by name, a plan's celebrant and organisers by
their UIDs. Two members' files agree on an object exactly when its fields are equal.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

Fields = dict[str, Any]
PREFIX = "X-SOCIAL-CALENDAR-"  # our own properties on the server (vCard and iCalendar alike)


def canonical(fields: Fields) -> str:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(fields: Fields) -> str:
    return hashlib.sha256(canonical(fields).encode()).hexdigest()[:32]


_ESCAPED = re.compile(r"\\([\\;,nN])")


def unescape(text: str) -> str:
    """An iCalendar TEXT value as written (RFC 5545 3.3.11): icalendar leaves an unknown (X-) property escaped."""
    return _ESCAPED.sub(lambda found: "\n" if found.group(1) in "nN" else found.group(1), text)
