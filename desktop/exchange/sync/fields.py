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
PRODID = "-//Social Calendar//Social Calendar 0.1//EN"  # the calendar objects' PRODID
PREFIX = "X-SOCIAL-CALENDAR-"  # our own properties on the server (vCard and iCalendar alike)


def canonical(fields: Fields) -> str:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(fields: Fields) -> str:
    return hashlib.sha256(canonical(fields).encode()).hexdigest()[:32]


_ESCAPED = re.compile(r"\\([\\;,nN])")


def unescape(text: str) -> str:
    """An iCalendar TEXT value as written (RFC 5545 3.3.11): icalendar leaves an unknown (X-) property escaped."""
    return _ESCAPED.sub(lambda found: "\n" if found.group(1) in "nN" else found.group(1), text)


def first_component(text: str, name: str) -> tuple[Any, Any]:
    """(the calendar, its first `name` component, e.g. "VEVENT") of an iCalendar text; (None, None) when the
    text is not iCalendar, (calendar, None) when it holds no such component."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        return None, None
    found = list(calendar.walk(name))
    return calendar, found[0] if found else None


def own(component: Any, name: str) -> str:
    """One of our X- properties of a calendar component, unescaped ("" when absent)."""
    return unescape(str(component.get(PREFIX + name, ""))).strip()


def writable_component(base: str | None, name: str, ours: set[str]) -> tuple[Any, Any]:
    """The calendar and its `name` component (VEVENT, VTODO, VJOURNAL) to write: the server's copy (`base`)
    with what we own taken out (the `ours` properties and our X- ones), so another client's additions stay;
    a new one when there is no usable copy."""
    from icalendar import Calendar, Event, Journal, Todo

    calendar, component = first_component(base, name) if base else (None, None)
    if calendar is None or component is None:
        calendar, component = Calendar(), {"VTODO": Todo, "VJOURNAL": Journal}.get(name, Event)()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add_component(component)
    for key in list(component):
        if key.upper() in ours or key.upper().startswith(PREFIX):
            del component[key]
    return calendar, component
