"""Reading vCards (.vcf) as Outlook, Apple Contacts and Google export them (vCard 2.1, 3.0 and 4.0).

Each card is read on its own, so one damaged card is refused by its number instead of failing the file.
ANNIVERSARY (and X-ANNIVERSARY) is a wedding anniversary, not a service date: it is deliberately not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop.exchange.import_errors import message
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

_CARD = re.compile(r"^BEGIN:VCARD\s*$.*?^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL)
LABELS = {"first_name": "N", "middle_name": "N", "last_name": "N", "full_name": "FN", "email": "EMAIL",
          "department": "ORG", "birth": "BDAY", "notes": "NOTE"}


@dataclass
class Cards:
    records: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    refused: list[tuple[int, Message]] = field(default_factory=list)


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \r\n\t").upper().startswith("BEGIN:VCARD")


def read_vcards(text: str) -> Cards:
    """Card number (from 1) → field values. Empty when the text holds no card at all."""
    import vobject  # only needed for vCards

    cards = Cards()
    for number, found in enumerate(_CARD.finditer(text), start=1):
        try:
            card = vobject.readOne(found.group(0))
        except Exception as exc:  # vobject raises ParseError and assorted ValueErrors on damaged cards
            cards.refused.append((number, message(QT_TRANSLATE_NOOP("Import", "this vCard cannot be read: {detail}"),
                                                  detail=str(exc).splitlines()[0][:120] if str(exc) else "?")))
            continue
        cards.records.append((number, _fields(card)))
    return cards


def _fields(card: object) -> dict[str, object]:
    contents: dict[str, list] = getattr(card, "contents", {})
    values: dict[str, object] = {}
    if "n" in contents:
        name = contents["n"][0].value
        values["first_name"] = _text(getattr(name, "given", ""))
        values["middle_name"] = _text(getattr(name, "additional", ""))
        values["last_name"] = _text(getattr(name, "family", ""))
    if "fn" in contents and not any(values.get(key) for key in ("first_name", "last_name")):
        values["full_name"] = _text(contents["fn"][0].value)
    if "email" in contents:
        values["email"] = _text(_preferred(contents["email"]).value)
    if "org" in contents:
        values["department"] = _department(contents["org"][0].value)
    if "bday" in contents:
        values["birth"] = _birthday(contents["bday"][0])
    if "note" in contents:
        values["notes"] = _text(contents["note"][0].value)
    return values


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(part) for part in value if part)
    return "" if value is None else str(value)


def _preferred(lines: list[Any]) -> Any:
    """The e-mail marked preferred or work, else the first one."""
    for line in lines:
        types = {str(t).lower() for t in line.params.get("TYPE", [])}
        if types & {"pref", "work"} or "PREF" in line.params:
            return line
    return lines[0]


def _department(value: object) -> str:
    """ORG is `organisation;unit;...`: the unit when given, else the first component."""
    parts = [str(part).strip() for part in value] if isinstance(value, list | tuple) else [str(value).strip()]
    parts = [part for part in parts if part]
    if not parts:
        return ""
    return parts[1] if len(parts) > 1 else parts[0]


def _birthday(line: object) -> str:
    """BDAY as text; Apple marks a year-less birthday with a placeholder year in X-APPLE-OMIT-YEAR."""
    value = str(getattr(line, "value", "")).strip()
    omitted = getattr(line, "params", {}).get("X-APPLE-OMIT-YEAR", [])
    if omitted and value.startswith(str(omitted[0])):
        digits = re.sub(r"\D", "", value[len(str(omitted[0])):])[:4]
        return f"--{digits}" if len(digits) == 4 else value
    return value
