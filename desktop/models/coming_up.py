"""The home view's rules: what comes this week and in the next 30 days, and what needs attention first — the
occasions without a plan, and the colleagues who would go a year without any celebration at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.colleague import Celebrate, Colleague, name_sort_key
from desktop.models.connections import no_occasion_reason
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, rule_for
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Kind, Occasion, occasions_between
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.models.reach import Reach, reach

CTX = "ComingUp"
HORIZON_DAYS = 30
NOTHING_FOR_A_YEAR = QT_TRANSLATE_NOOP("ComingUp", "nothing for a year")
# What to do about a colleague with no occasion in the year ahead, by models.connections' reason.
_FIXES = {
    "no_birth_date": QT_TRANSLATE_NOOP("ComingUp", "add a birth date"),
    "no_occasion": QT_TRANSLATE_NOOP("ComingUp", "record an occasion"),
    "joined_recently": QT_TRANSLATE_NOOP("ComingUp", "add a birth date"),
}


@dataclass(frozen=True)
class ComingUpItem:
    occasion: Occasion
    reason: Message  # one line: why it is listed


@dataclass(frozen=True)
class Forgotten:
    """A colleague who would go a year without a celebration, why, and what to do about it."""

    colleague: Colleague
    reason: str  # models.connections' reason code: "no_birth_date", ...
    fix: Message  # what to do: "add a birth date"
    when: Message = Message(CTX, NOTHING_FOR_A_YEAR)  # beside the other rows' "in 3 days"


@dataclass(frozen=True)
class ComingUp:
    attention: list[ComingUpItem]  # milestones within their lead time without a plan, soonest first
    this_week: list[ComingUpItem]  # today to Sunday
    next_days: list[ComingUpItem]  # after this week, up to HORIZON_DAYS from today


def coming_up(occasions: Iterable[Occasion], today: date, has_plan: Callable[[Occasion], bool] = lambda _: False,
              rules: tuple[GiftRule, ...] = DEFAULT_RULES) -> ComingUp:
    """Sort `occasions` (which should run from today to beyond the longest lead time) into the home view."""
    week_end = today + timedelta(days=6 - today.weekday())
    horizon = today + timedelta(days=HORIZON_DAYS)
    attention, this_week, next_days = [], [], []
    for occasion in sorted(occasions, key=lambda o: o.date):
        days = (occasion.date - today).days
        if days < 0:
            continue
        # Within the policy's lead time: how long before the occasion its planning should start.
        needs_plan = (_needs_planning(occasion) and days <= rule_for(occasion, rules).lead_days
                      and not has_plan(occasion))
        if needs_plan:
            attention.append(ComingUpItem(occasion, _attention_reason(days)))
        if occasion.date <= week_end:
            this_week.append(ComingUpItem(occasion, _when(days)))
        elif occasion.date <= horizon:
            next_days.append(ComingUpItem(occasion, _when(days)))
    return ComingUp(attention, this_week, next_days)


def look_ahead(rules: tuple[GiftRule, ...] = DEFAULT_RULES) -> tuple[int, int]:
    """(days for birthdays, days for every other kind) the home view must look ahead: the HORIZON_DAYS it
    lists, or longer where a rule starts planning earlier (a 25-year jubileum eight weeks ahead). Only milestone
    birthdays ask for a plan, so birthdays rarely need more than the horizon."""
    birthdays = others = HORIZON_DAYS
    for rule in rules:
        if rule.kind is Kind.BIRTHDAY:
            if rule.milestone is not False:
                birthdays = max(birthdays, rule.lead_days)
        else:
            others = max(others, rule.lead_days)
    return birthdays, others


def home_reach(today: date, policy: OccasionPolicy = DEFAULT_POLICY,
               rules: tuple[GiftRule, ...] = DEFAULT_RULES) -> tuple[Reach, date]:
    """(who can appear in the home view, the last day it looks at): the colleagues it needs at start-up."""
    birthdays, others = look_ahead(rules)
    end = today + timedelta(days=max(birthdays, others))
    return reach(today, end, policy, birthdays_until=today + timedelta(days=birthdays)), end


def _needs_planning(occasion: Occasion) -> bool:
    """Milestones, and the occasions that always deserve a plan (farewells, births, weddings, first days)."""
    return occasion.milestone or occasion.kind in (Kind.FAREWELL, Kind.BIRTH, Kind.WEDDING, Kind.FIRST_DAY)


def _when(days: int) -> Message:
    if days == 0:
        return Message(CTX, QT_TRANSLATE_NOOP("ComingUp", "today"))
    if days == 1:
        return Message(CTX, QT_TRANSLATE_NOOP("ComingUp", "tomorrow"))
    return Message(CTX, QT_TRANSLATE_NOOP("ComingUp", "in {days} days"), {"days": days})


def _attention_reason(days: int) -> Message:
    return Message(CTX, QT_TRANSLATE_NOOP("ComingUp", "No plan yet, {when}"), {"when": _when(days)})


def year_ahead(today: date) -> date:
    """The last day of the year from `today`: the day before the same day next year (1 March after 29 February),
    so that every day of the calendar falls in it once — 365 days are a day short across a 29 February."""
    try:
        same_day = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        same_day = date(today.year + 1, 3, 1)
    return same_day - timedelta(days=1)


def forgotten(colleagues: Iterable[Colleague], records: Iterable[RecordedOccasion], today: date,
              policy: OccasionPolicy = DEFAULT_POLICY) -> list[Forgotten]:
    """Colleagues with consent `yes`, employed today, with no occasion at all from today to a year ahead, by
    name. A colleague whose birth date is known always has one (a birthday, or, leaving before it, a farewell),
    so only the others are worked out: their service years, first or last day and recorded occasions."""
    records = list(records)
    found = []
    for colleague in colleagues:
        if colleague.birth is not None or colleague.celebrate is not Celebrate.YES or not colleague.employed_on(today):
            continue
        own = [record for record in records if record.colleague_id == colleague.id]
        if occasions_between([colleague], own, today, year_ahead(today), policy):
            continue
        reason = no_occasion_reason(colleague, today)
        found.append(Forgotten(colleague, reason, Message(CTX, _FIXES.get(reason, _FIXES["no_occasion"]))))
    return sorted(found, key=lambda item: (name_sort_key(item.colleague), item.colleague.id or 0))
