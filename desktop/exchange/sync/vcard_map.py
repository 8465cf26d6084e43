"""A colleague as a vCard 4 (RFC 6350) and back, with `vobject`.

| colleague | vCard |
|---|---|
| first name, prefix (tussenvoegsel), last name | `N:last;first;prefix;;` and `FN` (the full name) |
| e-mail | `EMAIL;TYPE=work` (the preferred or work address when the card has several) |
| birthday | `BDAY:19800315`, or `BDAY:--0315` when the year is unknown |
| department | `ORG` |
| notes | `NOTE` |
| hire date, service start, end date | `X-SOCIAL-CALENDAR-HIRE-DATE`, `-SERVICE-START`, `-END-DATE` (YYYY-MM-DD) |
| working days | `X-SOCIAL-CALENDAR-WORK-DAYS:mon,tue,thu` |
| consent | `X-SOCIAL-CALENDAR-CELEBRATE:yes/quiet/no`, `-SHOW-AGE:yes/no`, `-ORGANISES:yes/no` |
| 29 February | `X-SOCIAL-CALENDAR-LEAP-DAY:feb28/mar1` |
| likes, dietary needs | `X-SOCIAL-CALENDAR-LIKES`, `X-SOCIAL-CALENDAR-DIETARY` |
| the language of their mails | `LANG:nl` or `LANG:en` (RFC 6350 6.4.4; none: the app's language) |

A card another client made or edited is read as it is: a missing X- property takes the register's default
(celebrate yes, show age, organises, Monday to Friday). Writing a card over one the server already holds keeps
every property we do not own (telephone numbers, a photo, addresses, a second e-mail): only ours are replaced.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.exchange.import_vcard import _birthday, _department, _preferred, _text
from desktop.exchange.sync.fields import PREFIX, PRODID, Fields
from desktop.models.colleague import MAIL_LANGUAGES, Celebrate, Colleague, LeapDay
from desktop.models.dates import DateError, parse_partial_date
from desktop.models.workdays import format_work_days, parse_work_days

_DATES = {"hire_date": "HIRE-DATE", "service_start": "SERVICE-START", "end_date": "END-DATE"}
_TEXTS = {"likes": "LIKES", "dietary": "DIETARY"}
_FLAGS = {"show_age": "SHOW-AGE", "organises": "ORGANISES"}
# Replaced whenever we write a card; everything else on the card is kept.
_OURS = {"version", "prodid", "uid", "n", "fn", "bday", "org", "note", "rev"}


def colleague_fields(colleague: Colleague, department: str) -> Fields:
    """The colleague's portable fields (department by name)."""
    return {
        "first_name": colleague.first_name, "prefix": colleague.prefix, "last_name": colleague.last_name,
        "email": colleague.email, "department": department,
        "birth": colleague.birth.iso() if colleague.birth else "",
        "hire_date": _iso(colleague.hire_date), "service_start": _iso(colleague.service_start),
        "end_date": _iso(colleague.end_date), "work_days": format_work_days(colleague.work_days),
        "celebrate": colleague.celebrate.value, "show_age": colleague.show_age, "organises": colleague.organises,
        "leap_day": colleague.leap_day.value, "likes": colleague.likes, "dietary": colleague.dietary,
        "notes": colleague.notes, "language": colleague.language,
    }


def colleague_from_fields(fields: Fields, colleague_id: int | None = None,
                          department_id: int | None = None) -> Colleague:
    """The colleague `fields` describe; its department is `department_id` (the caller looks the name up)."""
    birth = None
    if fields.get("birth"):
        try:
            birth = parse_partial_date(str(fields["birth"]))
        except DateError:
            birth = None
    return Colleague(
        id=colleague_id, first_name=fields.get("first_name", ""), prefix=fields.get("prefix", ""),
        last_name=fields.get("last_name", ""), email=fields.get("email", ""), department_id=department_id,
        birth=birth, hire_date=_day(fields.get("hire_date")), service_start=_day(fields.get("service_start")),
        end_date=_day(fields.get("end_date")), work_days=parse_work_days(fields.get("work_days") or "mon-fri"),
        celebrate=Celebrate(fields.get("celebrate") or "yes"), show_age=bool(fields.get("show_age", True)),
        organises=bool(fields.get("organises", True)), leap_day=LeapDay(fields.get("leap_day") or "feb28"),
        likes=fields.get("likes", ""), dietary=fields.get("dietary", ""), notes=fields.get("notes", ""),
        language=language if (language := fields.get("language", "")) in MAIL_LANGUAGES else "",
    )


def to_vcard(fields: Fields, uid: str, base: str | None = None) -> str:
    """The vCard 4 text of `fields`; with `base` (the card as the server holds it) every property we do not own
    is kept as it was."""
    import vobject

    card = _read(base) if base else None
    if card is None:
        card = vobject.vCard()
    for name in list(card.contents):
        if name in _OURS or name.upper().startswith(PREFIX):
            del card.contents[name]
    card.add("version").value = "4.0"
    card.add("prodid").value = PRODID
    card.add("uid").value = uid
    card.add("n").value = vobject.vcard.Name(family=fields["last_name"], given=fields["first_name"],
                                             additional=fields["prefix"])
    card.add("fn").value = " ".join(p for p in (fields["first_name"], fields["prefix"], fields["last_name"]) if p)
    _set_email(card, fields["email"])
    if fields["birth"]:
        card.add("bday").value = _vcard_birthday(fields["birth"])
    if fields["department"]:
        card.add("org").value = [fields["department"]]
    if fields["notes"]:
        card.add("note").value = fields["notes"]
    for key, name in _DATES.items():
        if fields[key]:
            card.add(PREFIX + name).value = fields[key]
    card.add(PREFIX + "WORK-DAYS").value = fields["work_days"]
    card.add(PREFIX + "CELEBRATE").value = fields["celebrate"]
    for key, name in _FLAGS.items():
        card.add(PREFIX + name).value = "yes" if fields[key] else "no"
    card.add(PREFIX + "LEAP-DAY").value = fields["leap_day"]
    for key, name in _TEXTS.items():
        if fields[key]:
            card.add(PREFIX + name).value = fields[key]
    _set_language(card, fields.get("language", ""))
    text: str = card.serialize()
    return text


class CardError(ValueError):
    """A card that cannot be read at all."""


def from_vcard(text: str) -> tuple[str, Fields]:
    """(UID, fields) of a vCard 3 or 4 as any client writes it. CardError for a card vobject cannot read."""
    card = _read(text)
    if card is None:
        raise CardError("this vCard cannot be read")
    contents: dict[str, list[Any]] = card.contents
    first = prefix = last = ""
    if "n" in contents:
        name = contents["n"][0].value
        first, prefix, last = (_text(getattr(name, part, "")).strip() for part in ("given", "additional", "family"))
    if not (first or last) and "fn" in contents:
        words = _text(contents["fn"][0].value).split()
        if len(words) > 1:
            first, prefix, last = words[0], " ".join(words[1:-1]), words[-1]
        else:
            last = "".join(words)
    birth = ""
    if "bday" in contents:
        try:
            birth = parse_partial_date(_birthday(contents["bday"][0])).iso()
        except DateError:
            birth = ""
    fields: Fields = {
        "first_name": first, "prefix": prefix, "last_name": last,
        "email": _text(_preferred(contents["email"]).value).strip() if "email" in contents else "",
        "department": _department(contents["org"][0].value) if "org" in contents else "",
        "birth": birth,
        "notes": _text(contents["note"][0].value) if "note" in contents else "",
    }
    for key, name in _DATES.items():
        fields[key] = _iso(_day(_own(contents, name)))
    try:
        work_days = format_work_days(parse_work_days(_own(contents, "WORK-DAYS") or "mon-fri"))
    except ValueError:
        work_days = "mon,tue,wed,thu,fri"
    fields["work_days"] = work_days or "mon,tue,wed,thu,fri"
    celebrate = _own(contents, "CELEBRATE").lower()
    fields["celebrate"] = celebrate if celebrate in {c.value for c in Celebrate} else Celebrate.YES.value
    for key, name in _FLAGS.items():
        fields[key] = _own(contents, name).lower() not in {"no", "false", "0"}
    leap_day = _own(contents, "LEAP-DAY").lower()
    fields["leap_day"] = leap_day if leap_day in {c.value for c in LeapDay} else LeapDay.FEB_28.value
    for key, name in _TEXTS.items():
        fields[key] = _own(contents, name)
    fields["language"] = _language(contents.get("lang", []))
    uid = _text(contents["uid"][0].value).strip() if "uid" in contents else ""
    return uid, fields


def _read(text: str) -> Any:
    import vobject

    try:
        return vobject.readOne(text)
    except Exception:  # vobject raises ParseError and assorted ValueErrors on damaged cards
        return None


def _own(contents: dict[str, list[Any]], name: str) -> str:
    lines = contents.get((PREFIX + name).lower())
    return _text(lines[0].value).strip() if lines else ""


def _primary(line: Any) -> str:
    """The language of a LANG line, by its primary subtag ("nl-BE" → "nl")."""
    return _text(line.value).strip().split("-")[0].lower()


def _language(lines: list[Any]) -> str:
    """The mail language of a card's LANG lines: the most preferred (PREF=1 first) that is one of ours."""
    def pref(line: Any) -> int:
        value = str(line.params.get("PREF", ["100"])[0])
        return int(value) if value.isdigit() else 100

    ours = [line for line in sorted(lines, key=pref) if _primary(line) in MAIL_LANGUAGES[1:]]
    return _primary(ours[0]) if ours else ""


def _set_language(card: Any, language: str) -> None:
    """Ours replaced (a LANG in Dutch or English), another client's languages (German, say) kept."""
    lines = card.contents.get("lang", [])
    for line in [line for line in lines if _primary(line) in MAIL_LANGUAGES[1:]]:
        lines.remove(line)
    if not lines:
        card.contents.pop("lang", None)
    if language:
        card.add("lang").value = language


def _set_email(card: Any, email: str) -> None:
    """Replace the preferred address (the one we read), keep any other."""
    lines = card.contents.get("email", [])
    if lines:
        line = _preferred(lines)
        if email:
            line.value = email
        else:
            lines.remove(line)
            if not lines:
                del card.contents["email"]
        return
    if email:
        line = card.add("email")
        line.value = email
        line.type_param = "work"


def _vcard_birthday(iso: str) -> str:
    """`--MM-DD` → `--MMDD`; `YYYY-MM-DD` → `YYYYMMDD` (RFC 6350's basic format)."""
    return iso.replace("-", "") if not iso.startswith("--") else "--" + iso[2:].replace("-", "")


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
