"""A realistic Dutch demo organisation, the same for the same seed, for trying everything out."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from desktop.exchange import demo_names as names
from desktop.models.celebration import Status
from desktop.models.colleague import OFFICE_WEEK, Celebrate, Colleague, LeapDay
from desktop.models.dates import PartialDate
from desktop.models.i18n import Message
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.repeat import Repeat
from desktop.store.database import transaction
from desktop.store.repository import Register

_PART_TIME_PATTERNS = (frozenset({0, 1, 3}), frozenset({0, 1, 2, 3}), frozenset({1, 2, 3, 4}),
                       frozenset({0, 2, 4}), frozenset({0, 1, 2}), frozenset({1, 3}))


def write_demo(register: Register, *, people: int, seed: int, today: date,
               translate: Callable[[Message], str] = Message.untranslated) -> dict[str, int]:
    """Fill an empty register with `people` colleagues, their departments, recorded occasions and a year of
    celebrations already held (so the fair rotation has a history), in one transaction. `translate` renders
    the stored plan texts. Returns counts of what was made."""
    rng = random.Random(seed)
    department_names = names.DEPARTMENTS[: max(3, min(len(names.DEPARTMENTS), people // 12 + 2))]
    with transaction(register.db):
        departments = [register.add_department(name) for name in department_names]
        used_emails: set[str] = set()
        colleagues = register.add_many(_colleague(rng, i, departments, today, used_emails) for i in range(people))
        records = list(_recorded_occasions(rng, colleagues, today))
        for record in records:
            register.add_recorded_occasion(record)
        held = _past_year(register, rng, today, translate)
    return {"colleagues": len(colleagues), "departments": len(departments), "recorded_occasions": len(records),
            "celebrations": held}


def _past_year(register: Register, rng: random.Random, today: date, translate: Callable[[Message], str]) -> int:
    """Plan the past twelve months as the app would have, and mark those plans done with their real costs."""
    from desktop.exchange.planning import apply_plans, plan_period
    from desktop.store.celebrations import Celebrations

    stored = apply_plans(register, plan_period(register, today - timedelta(days=365), today - timedelta(days=1)),
                         translate)
    held = [replace(c, status=Status.SKIPPED if rng.random() < 0.03 else Status.DONE,
                    actual_cost_cents=round(c.budget_cents * rng.uniform(0.7, 1.15))) for c in stored]
    Celebrations(register.db).save_many(held)
    return len(held)


def _colleague(rng: random.Random, index: int, departments: list, today: date, used_emails: set[str]) -> Colleague:
    female = rng.random() < 0.5
    first = rng.choice(names.FIRST_NAMES_F if female else names.FIRST_NAMES_M)
    prefix, last = rng.choice(names.LAST_NAMES)
    # Ages 19 to 66 at hire; service of 0 to 42 years, so jubilea of every size come up.
    age_years = rng.randint(20, 66)
    born = today - timedelta(days=age_years * 365 + rng.randint(0, 364))
    if index == 3:  # someone born on 29 February is always there to show the 28 Feb / 1 Mar choice
        leap_year = next(y for y in range(born.year, born.year - 8, -1) if y % 4 == 0 and (y % 100 or y % 400 == 0))
        born = date(leap_year, 2, 29)
    max_service = max(0, min(42, age_years - 18))
    service_days = int(rng.triangular(0, max_service, max_service / 4) * 365.25)
    hire = today - timedelta(days=service_days)
    end = None
    roll = rng.random()
    if roll < 0.04:  # leavers: some gone, some leaving in the coming months
        end = today + timedelta(days=rng.randint(-300, 150))
        end = max(end, hire + timedelta(days=30))
    elif roll < 0.08:  # new starters, some of whom have not started yet
        hire = today + timedelta(days=rng.randint(-40, 90))
    # People start and leave on weekdays.
    if hire.weekday() >= 5:
        hire += timedelta(days=7 - hire.weekday())
    if end is not None and end.weekday() >= 5:
        end -= timedelta(days=end.weekday() - 4)
    service_start = None
    if rng.random() < 0.05:  # prior service at a merged organisation counts for the jubileum
        service_start = hire - timedelta(days=rng.randint(365, 8 * 365))
    birth = PartialDate(born.month, born.day, None if rng.random() < 0.05 else born.year)
    celebrate = rng.choices((Celebrate.YES, Celebrate.QUIET, Celebrate.NO), weights=(90, 7, 3))[0]
    email_local = ".".join(part for part in (first, prefix.replace("'", ""), last) if part)
    email = _unique_email(_ascii(email_local).replace(" ", "").lower(), used_emails)
    return Colleague(
        first_name=first, prefix=prefix, last_name=last, email=email,
        department_id=rng.choice(departments).id, birth=birth, hire_date=hire, service_start=service_start,
        end_date=end, work_days=rng.choice(_PART_TIME_PATTERNS) if rng.random() < 0.3 else OFFICE_WEEK,
        celebrate=celebrate, show_age=rng.random() > 0.12, organises=rng.random() > 0.15,
        leap_day=LeapDay.MAR_1 if rng.random() < 0.3 else LeapDay.FEB_28,
        likes=", ".join(rng.sample(names.LIKES, rng.randint(0, 2))),
        dietary=rng.choice(names.DIETARY) if rng.random() < 0.12 else "",
        notes="Komt op de fiets; houdt niet van verrassingen." if rng.random() < 0.03 else "",
    )


def _recorded_occasions(rng: random.Random, colleagues: list[Colleague], today: date):
    """Births and weddings over the past two years and the coming months, and a few company-wide events."""
    young = [c for c in colleagues if c.birth and (c.birth.year or 0) > today.year - 45 and c.celebrate != Celebrate.NO]
    for colleague in rng.sample(young, min(len(young), max(1, len(colleagues) // 25))):
        yield RecordedOccasion(None, colleague.id, "birth", today + timedelta(days=rng.randint(-700, 120)),
                               child_name=rng.choice(names.CHILD_NAMES))
    for colleague in rng.sample(colleagues, min(len(colleagues), max(1, len(colleagues) // 40))):
        yield RecordedOccasion(None, colleague.id, "wedding", today + timedelta(days=rng.randint(-500, 200)))
    for colleague in rng.sample(colleagues, min(len(colleagues), max(1, len(colleagues) // 80))):
        yield RecordedOccasion(None, colleague.id, "get_well", today + timedelta(days=rng.randint(-60, 10)),
                               notes="Knieoperatie")
    # The company-wide events come back every year, recorded once: the Christmas lunch on the same weekday
    # of December (as offices plan it), the others on their day.
    for month, day, title in names.CUSTOM_EVENTS:
        first = date(today.year - 1, month, day)
        rule = Repeat.nth_weekday_of(first) if month == 12 else Repeat()
        yield RecordedOccasion(None, None, "custom", first, title=title, repeat=rule.text())


def _unique_email(local: str, used: set[str]) -> str:
    email, number = f"{local}@voorbeeld.nl", 1
    while email in used:
        number += 1
        email = f"{local}{number}@voorbeeld.nl"
    used.add(email)
    return email


def _ascii(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))
