"""A plan as a VTODO in a CalDAV calendar and back, with `icalendar`.

| plan | VTODO |
|---|---|
| the celebration day | `DUE;VALUE=DATE` |
| status | `STATUS`: to plan `NEEDS-ACTION`, planned `IN-PROCESS`, done `COMPLETED`, skipped `CANCELLED` |
| organisers | `ATTENDEE;CN=name;X-SOCIAL-CALENDAR-COLLEAGUE=uid:mailto:email` |
| what | `DESCRIPTION` and `X-SOCIAL-CALENDAR-WHAT` |
| the occasion | `X-SOCIAL-CALENDAR-OCCASION` (its kind), `-OCCASION-DATE`, `-CELEBRANT` (the colleague's vCard UID) |
| a recorded occasion's | `X-SOCIAL-CALENDAR-FOR-RECORD` (the UID of its event, exchange/sync/vevent_map.py) |
| budget, actual cost | `X-SOCIAL-CALENDAR-BUDGET`, `-ACTUAL-COST` (euros, `12.50`) |
| idea, effort, notes | `X-SOCIAL-CALENDAR-IDEA`, `-EFFORT`, `-NOTES` |
| a repeating record's year | `X-SOCIAL-CALENDAR-FOR-RECORD-YEAR` (the plan of its return in that year) |
| former organisers (forgotten) | `X-SOCIAL-CALENDAR-FORMER-ORGANISERS` (their number; none: 0) |

There is no ORGANIZER, so a server that schedules (RFC 6638) sends no invitations: the attendees are who
organises, nothing more. A task edited in another calendar program (ticked done, moved) is read back from its
standard properties; what we do not own on the VTODO (alarms, categories) is kept when we write it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from desktop.exchange.sync.fields import PREFIX, Fields, first_component, own, writable_component
from desktop.models.celebration import Celebration, Organiser, Status, treat_key
from desktop.models.kinds import Kind
from desktop.models.money import plain_euros
from desktop.models.occasions import Occasion

STATUS = {Status.TO_PLAN.value: "NEEDS-ACTION", Status.PLANNED.value: "IN-PROCESS",
          Status.DONE.value: "COMPLETED", Status.SKIPPED.value: "CANCELLED"}
_FROM_STATUS = {value: key for key, value in STATUS.items()}
_COLLEAGUE = PREFIX + "COLLEAGUE"
_ROLE = PREFIX + "ROLE"
_OURS = {"UID", "DTSTAMP", "SUMMARY", "DUE", "STATUS", "ATTENDEE", "DESCRIPTION", "COMPLETED", "PERCENT-COMPLETE"}


class TaskError(ValueError):
    """A calendar object that is not one of our plans (no VTODO, or no occasion on it)."""


def shareable(plan: Celebration, record_uid_of: Mapping[int, str] | None = None) -> bool:
    """A plan of a recorded occasion goes with its record (by the record's UID): not before the record has one."""
    if not plan.occasion_key.startswith("record-"):
        return True
    return record_uid_of is not None and _record_id(plan) in record_uid_of


def _record_id(plan: Celebration) -> int | None:
    digits = plan.occasion_key.removeprefix("record-").partition("-")[0]
    return int(digits) if digits.isdigit() else None


def _record_year(plan: Celebration) -> str:
    """The year of a repeating record's return the plan is for (models/occasions.py: `record-7-2027`); "" for
    the first time."""
    year = plan.occasion_key.removeprefix("record-").partition("-")[2]
    return year if year.isdigit() else ""


def plan_fields(plan: Celebration, uid_of: Mapping[int, str], record_uid_of: Mapping[int, str] | None = None
                ) -> Fields:
    """The plan's portable fields; `uid_of`: colleague id → the colleague's UID (`record_uid_of` the same for
    recorded occasions)."""
    record_id = _record_id(plan) if plan.occasion_key.startswith("record-") else None
    return {
        "kind": plan.kind.value, "occasion_date": plan.occasion_date.isoformat(),
        "celebration_date": plan.celebration_date.isoformat(),
        "celebrant": uid_of.get(plan.colleague_id, "") if plan.colleague_id is not None else "",
        "record": (record_uid_of or {}).get(record_id, "") if record_id is not None else "",
        "record_year": _record_year(plan) if record_id is not None else "",
        "former_organisers": plan.former_organisers,
        "what": plan.what, "idea": plan.idea, "budget_cents": plan.budget_cents, "status": plan.status.value,
        "actual_cost_cents": plan.actual_cost_cents, "notes": plan.notes, "effort": float(plan.effort),
        "organisers": [[uid_of[o.colleague_id], o.role] for o in plan.organisers if o.colleague_id in uid_of],
    }


def plan_from_fields(fields: Fields, id_of: Mapping[str, int], plan_id: int | None = None,
                     record_id_of: Mapping[str, int] | None = None) -> Celebration | None:
    """The plan `fields` describe in this file (`id_of`: colleague UID → id, `record_id_of` the same for recorded
    occasions); None while its celebrant or its record is not known here (not pulled yet, or deleted)."""
    kind = Kind(fields["kind"])
    occasion_date = date.fromisoformat(fields["occasion_date"])
    colleague_id = id_of.get(fields["celebrant"]) if fields["celebrant"] else None
    if fields["celebrant"] and colleague_id is None:
        return None
    if fields.get("record"):
        record_id = (record_id_of or {}).get(fields["record"])
        if record_id is None:
            return None
        key = f"record-{record_id}-{fields['record_year']}" if fields.get("record_year") else f"record-{record_id}"
    elif kind is Kind.MONTHLY_TREAT:
        key = treat_key(occasion_date.year, occasion_date.month)
    else:
        key = Occasion(occasion_date, kind, colleague_id).key
    organisers = tuple(Organiser(id_of[uid], role) for uid, role in fields["organisers"] if uid in id_of)
    return Celebration(plan_id, key, kind, colleague_id, occasion_date, date.fromisoformat(fields["celebration_date"]),
                       fields["what"], fields["idea"], int(fields["budget_cents"]), Status(fields["status"]),
                       fields["actual_cost_cents"], fields["notes"], float(fields["effort"]), organisers,
                       max(0, int(fields.get("former_organisers") or 0)))


def to_vtodo(fields: Fields, uid: str, summary: str, people: Mapping[str, tuple[str, str]],
             base: str | None = None) -> str:
    """The VCALENDAR text holding the plan's VTODO. `people`: colleague UID → (e-mail, name), for ATTENDEE;
    with `base` (the object as the server holds it) what we do not own is kept."""
    from icalendar import vCalAddress, vText

    calendar, todo = writable_component(base, "VTODO", _OURS)
    todo.add("uid", uid)
    todo.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    todo.add("summary", summary)
    todo.add("due", date.fromisoformat(fields["celebration_date"]))
    todo.add("status", STATUS[fields["status"]])
    if fields["what"]:
        todo.add("description", fields["what"])
    for colleague_uid, role in fields["organisers"]:
        email, name = people.get(colleague_uid, ("", ""))
        attendee = vCalAddress(f"mailto:{email}" if email else f"urn:uuid:{colleague_uid}")
        if name:
            attendee.params["CN"] = name
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params[_COLLEAGUE] = colleague_uid
        attendee.params[_ROLE] = role
        todo.add("attendee", attendee, encode=False)
    own = {"OCCASION": fields["kind"], "OCCASION-DATE": fields["occasion_date"], "CELEBRANT": fields["celebrant"],
           "FOR-RECORD": fields.get("record", ""),
           "WHAT": fields["what"], "IDEA": fields["idea"], "BUDGET": _euros(fields["budget_cents"]),
           "ACTUAL-COST": _euros(fields["actual_cost_cents"]), "EFFORT": repr(float(fields["effort"])),
           "NOTES": fields["notes"], "FOR-RECORD-YEAR": fields.get("record_year", ""),
           "FORMER-ORGANISERS": str(fields.get("former_organisers") or "")}
    for name, value in own.items():
        if value:
            todo.add(PREFIX + name, vText(value))  # escaped: an unknown property is not, by itself
    text: str = calendar.to_ical().decode()
    return text


def from_vtodo(text: str, uid_by_email: Mapping[str, str] | None = None) -> tuple[str, Fields]:
    """(UID, fields) of the plan in `text`. An ATTENDEE without our colleague parameter (added in another
    program) is matched by e-mail through `uid_by_email` (lower-case addresses); one we cannot match is left
    out. TaskError when the object is not a plan of ours."""
    _, todo = first_component(text, "VTODO")
    if todo is None or not own(todo, "OCCASION") or not todo.get("DUE"):
        raise TaskError("not one of our plans")
    due = todo.decoded("DUE")
    organisers: list[list[str]] = []
    attendees = todo.get("ATTENDEE", [])
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        colleague = str(attendee.params.get(_COLLEAGUE, ""))
        if not colleague and uid_by_email is not None:
            colleague = uid_by_email.get(str(attendee).removeprefix("mailto:").removeprefix("MAILTO:").lower(), "")
        if colleague:
            organisers.append([colleague, str(attendee.params.get(_ROLE, "manual"))])
    effort = own(todo, "EFFORT")
    fields: Fields = {
        "kind": own(todo, "OCCASION"), "occasion_date": own(todo, "OCCASION-DATE"),
        "celebration_date": (due.date() if isinstance(due, datetime) else due).isoformat(),
        "celebrant": own(todo, "CELEBRANT"), "record": own(todo, "FOR-RECORD"),
        "what": str(todo.get("DESCRIPTION", "")) or own(todo, "WHAT"),
        "idea": own(todo, "IDEA"), "budget_cents": _cents(own(todo, "BUDGET")) or 0,
        "status": _FROM_STATUS.get(str(todo.get("STATUS", "")).upper(), Status.TO_PLAN.value),
        "actual_cost_cents": _cents(own(todo, "ACTUAL-COST")),
        "notes": own(todo, "NOTES"), "effort": _float(effort, 1.0), "organisers": organisers,
        "record_year": year if (year := own(todo, "FOR-RECORD-YEAR")).isdigit() else "",
        "former_organisers": int(former) if (former := own(todo, "FORMER-ORGANISERS")).isdigit() else 0,
    }
    return str(todo.get("UID", "")), fields


def _euros(cents: int | None) -> str:
    return "" if cents is None else plain_euros(cents)


def _cents(text: str) -> int | None:
    try:
        return int((Decimal(text.replace(",", ".")) * 100).to_integral_value()) if text else None
    except InvalidOperation:
        return None


def _float(text: str, default: float) -> float:
    try:
        return float(text) if text else default
    except ValueError:
        return default
