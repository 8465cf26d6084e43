"""A recorded occasion (a birth, a wedding, get-well wishes, a condolence, the summer outing) as an all-day VEVENT
in the committee's calendar, beside the plans' tasks, and back, with `icalendar`.

| recorded occasion | VEVENT |
|---|---|
| the day | `DTSTART;VALUE=DATE` (and `DTEND` the day after) |
| kind | `X-SOCIAL-CALENDAR-RECORD`: `birth`, `wedding`, `get_well`, `condolence`, `custom` |
| colleague | `X-SOCIAL-CALENDAR-COLLEAGUE` (the card's UID; none: everyone) |
| title, child's name, notes | `SUMMARY` and `X-SOCIAL-CALENDAR-TITLE`, `-CHILD`, `-NOTES` |
| every year, until | `RRULE:FREQ=YEARLY` (or `;BYMONTH=12;BYDAY=2FR`), `;UNTIL=20301231` the last day |

A colleague's leave is an all-day VEVENT too: `DTSTART` the first day, `DTEND` the day after the last,
`X-SOCIAL-CALENDAR-LEAVE` the colleague's card UID.

The SUMMARY is for people reading the calendar elsewhere; the title comes back from our own property, so a
calendar program that shortens the summary changes nothing here. Moving the event (DTSTART) in another program
moves the occasion. A repetition another program made that this app does not keep (every week, say) is read
as once; what we write replaces it.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.exchange.sync.fields import PREFIX, Fields, first_component, own, writable_component
from desktop.models.kinds import RECORDED_KINDS
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.repeat import Repeat, RepeatError

_KINDS = {kind.value for kind in RECORDED_KINDS}
_OURS = {"UID", "DTSTAMP", "SUMMARY", "DTSTART", "DTEND", "TRANSP", "RRULE"}


class EventError(ValueError):
    """A calendar object that is not one of our recorded occasions."""


def record_fields(record: RecordedOccasion, uid_of: Mapping[int, str]) -> Fields:
    return {"kind": record.kind, "date": record.date.isoformat(),
            "colleague": uid_of.get(record.colleague_id, "") if record.colleague_id is not None else "",
            "title": record.title, "child_name": record.child_name, "notes": record.notes,
            "repeat": record.repeat, "until": record.until.isoformat() if record.until else ""}


def record_from_fields(fields: Fields, id_of: Mapping[str, int], record_id: int | None = None
                       ) -> RecordedOccasion | None:
    """None while its colleague is not known here."""
    colleague_id = id_of.get(fields["colleague"]) if fields["colleague"] else None
    if fields["colleague"] and colleague_id is None:
        return None
    until = fields.get("until") or ""
    return RecordedOccasion(record_id, colleague_id, fields["kind"], date.fromisoformat(fields["date"]),
                            fields["title"], fields["child_name"], fields["notes"], fields.get("repeat", ""),
                            date.fromisoformat(until) if until else None)


def to_vevent(fields: Fields, uid: str, summary: str, base: str | None = None) -> str:
    from icalendar import vRecur, vText

    calendar, event = writable_component(base, "VEVENT", _OURS)
    day = date.fromisoformat(fields["date"])
    event.add("uid", uid)
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    if fields.get("repeat"):
        until = fields.get("until") or ""
        event.add("rrule", vRecur.from_ical(fields["repeat"] + (f";UNTIL={until.replace('-', '')}" if until else "")))
    event.add(PREFIX + "RECORD", fields["kind"])
    for name, key in (("COLLEAGUE", "colleague"), ("TITLE", "title"), ("CHILD", "child_name"), ("NOTES", "notes")):
        if fields[key]:
            event.add(PREFIX + name, vText(fields[key]))  # escaped: an unknown property is not, by itself
    text: str = calendar.to_ical().decode()
    return text


def from_vevent(text: str) -> tuple[str, Fields]:
    _, event = first_component(text, "VEVENT")
    kind = str(event.get(PREFIX + "RECORD", "")).strip() if event is not None else ""
    if event is None or kind not in _KINDS or not event.get("DTSTART"):
        raise EventError("not one of our recorded occasions")
    start = event.decoded("DTSTART")
    repeat, until = _repeat(event.get("RRULE"))
    return str(event.get("UID", "")), {
        "kind": kind, "date": (start.date() if isinstance(start, datetime) else start).isoformat(),
        "colleague": own(event, "COLLEAGUE"), "title": own(event, "TITLE"), "child_name": own(event, "CHILD"),
        "notes": own(event, "NOTES"), "repeat": repeat, "until": until}


def _repeat(rrule: Any) -> tuple[str, str]:
    """(the rule as models/repeat.py keeps it, the last day as YYYY-MM-DD) of an RRULE; ("", "") for none or
    for one this app does not keep."""
    if rrule is None:
        return "", ""
    if isinstance(rrule, list):  # more than one RRULE: not ours
        return "", ""
    parts = dict(rrule)
    until_values = parts.pop("UNTIL", None)
    rule_text = ";".join(f"{key}={','.join(str(v) for v in values)}" for key, values in parts.items())
    try:
        repeat = Repeat.parse(rule_text)
    except RepeatError:
        return "", ""
    if repeat is None:
        return "", ""
    until = until_values[0] if until_values else None
    if isinstance(until, datetime):
        until = until.date()
    return repeat.text(), until.isoformat() if isinstance(until, date) else ""


def leave_fields(colleague_uid: str, start: date, end: date) -> Fields:
    return {"colleague": colleague_uid, "start": start.isoformat(), "end": end.isoformat()}


def leave_to_vevent(fields: Fields, uid: str, summary: str, base: str | None = None) -> str:
    calendar, event = writable_component(base, "VEVENT", _OURS)
    event.add("uid", uid)
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("summary", summary)
    event.add("dtstart", date.fromisoformat(fields["start"]))
    event.add("dtend", date.fromisoformat(fields["end"]) + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add(PREFIX + "LEAVE", fields["colleague"])
    text: str = calendar.to_ical().decode()
    return text


def leave_from_vevent(text: str) -> tuple[str, Fields]:
    _, event = first_component(text, "VEVENT")
    colleague = str(event.get(PREFIX + "LEAVE", "")).strip() if event is not None else ""
    if event is None or not colleague or not event.get("DTSTART"):
        raise EventError("not one of our leave periods")
    start = event.decoded("DTSTART")
    start_day = start.date() if isinstance(start, datetime) else start
    end = event.decoded("DTEND") if event.get("DTEND") else None
    end_day = (end.date() if isinstance(end, datetime) else end) - timedelta(days=1) if end is not None else start_day
    return str(event.get("UID", "")), leave_fields(colleague, start_day, max(start_day, end_day))


POLICIES_UID = "policies@social-calendar.invalid"  # one object for the whole committee: two members meet on it


def policies_to_vjournal(fields: Fields, base: str | None = None) -> str:
    """The policies as one VJOURNAL (a note the app owns): `X-SOCIAL-CALENDAR-POLICIES` holds them as JSON, in
    Base64."""
    import json

    calendar, journal = writable_component(base, "VJOURNAL", _OURS)
    journal.add("uid", POLICIES_UID)
    journal.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    journal.add("summary", "Social Calendar: policies")
    # Base64: calendar programs (and parsers) treat commas and semicolons in an unknown property differently.
    journal.add(PREFIX + "POLICIES", base64.b64encode(json.dumps(fields, sort_keys=True).encode()).decode())
    text: str = calendar.to_ical().decode()
    return text


def policies_from_vjournal(text: str) -> tuple[str, Fields]:
    import json

    _, journal = first_component(text, "VJOURNAL")
    value = str(journal.get(PREFIX + "POLICIES", "")) if journal is not None else ""
    if not value:
        raise EventError("not our policies")
    try:
        fields = json.loads(base64.b64decode(value, validate=True))
    except ValueError:
        raise EventError("not our policies") from None
    if not isinstance(fields, dict):
        raise EventError("not our policies")
    return POLICIES_UID, fields
