"""The home view's rules: what comes this week and in the next 30 days, and what needs attention first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, rule_for
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.occasions import Kind, Occasion
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.models.reach import Reach, reach

CTX = "ComingUp"
HORIZON_DAYS = 30


@dataclass(frozen=True)
class ComingUpItem:
    occasion: Occasion
    reason: Message  # one line: why it is listed


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
