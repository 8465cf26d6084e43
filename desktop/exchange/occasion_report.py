"""Occasions read from the file and described for people and scripts (the `occasions` command, the views)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.models.celebration_day import occasion_celebration_day
from desktop.models.colleague import Colleague
from desktop.models.labels import title
from desktop.models.occasions import Audience, Occasion, occasions_between
from desktop.models.policy import OccasionPolicy
from desktop.models.public_holidays import holidays_between
from desktop.store.policy_store import load_policy
from desktop.store.repository import Register


@dataclass(frozen=True)
class DescribedOccasion:
    occasion: Occasion
    colleague: Colleague | None
    celebration_date: date
    policy: OccasionPolicy


def describe_occasions(register: Register, start: date, end: date, audience: Audience = Audience.MANAGER,
                       earliest: date | None = None,
                       colleagues: list[Colleague] | None = None) -> list[DescribedOccasion]:
    """The occasions of the period with their colleague and suggested celebration day (never before
    `earliest`: planning from today must not suggest a day that has passed). `colleagues`: the register's
    colleagues when the caller has read them already."""
    colleagues = register.colleagues() if colleagues is None else colleagues
    people = {colleague.id: colleague for colleague in colleagues}
    policy = load_policy(register.db)
    found = occasions_between(colleagues, register.recorded_occasions(), start, end, policy, audience)
    # A week either side: a celebration may move up to seven days from its occasion.
    holidays = holidays_between(date.fromordinal(start.toordinal() - 7), date.fromordinal(end.toordinal() + 7))
    described = []
    for occasion in found:
        colleague = people.get(occasion.colleague_id)
        day = occasion_celebration_day(occasion, colleague, holidays, earliest)
        described.append(DescribedOccasion(occasion, colleague, day, policy))
    return described


def as_json(item: DescribedOccasion, translate: Any) -> dict[str, Any]:
    """The stable JSON shape of the `occasions` command; `translate` turns a Message into text."""
    occasion, colleague = item.occasion, item.colleague
    years = occasion.years
    return {
        "date": occasion.date.isoformat(),
        "kind": occasion.kind.value,
        "colleague_email": colleague.email if colleague else None,
        "colleague_name": colleague.full_name if colleague else None,
        "age": occasion.age,
        "years": None if years is None else (int(years) if years.denominator == 1 else float(years)),
        "milestone": occasion.milestone,
        "title": translate(title(occasion, colleague.full_name if colleague else "", item.policy)),
        "celebration_date": item.celebration_date.isoformat(),
    }
