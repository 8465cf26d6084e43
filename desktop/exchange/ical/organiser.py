"""An organiser's own calendar: the celebrations they take care of (from the stored plans), each with a
reminder the policy's lead time before it ("start planning this many days before").

What an organiser receives is a shared output: the celebrant's consent applies as on the notice board. Only
plans whose occasion is shared are in it (no quiet or no-consent colleagues), titled as the shared calendar
titles them (no hidden age or milestone), and without the manager's status and notes. A plan whose occasion
moved (a corrected birthday) or is gone is left out; only the monthly treat has no occasion of its own.
"""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from desktop.exchange.ical import texts
from desktop.exchange.ical.calendar import add_alarm, all_day_event, new_calendar, utc
from desktop.exchange.ical.describe import EventWriter, Translate
from desktop.exchange.ical.export import default_translate
from desktop.exchange.occasion_report import DescribedOccasion, describe_occasions
from desktop.models.celebration import MONTHLY_TREAT_KIND, Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.gift_policy import rule_for
from desktop.models.labels import title
from desktop.models.occasions import Audience
from desktop.store.celebrations import Celebrations
from desktop.store.gift_policy_store import load_gift_rules
from desktop.store.repository import Register

DEFAULT_LEAD_DAYS = 7  # a plan without a matching occasion (a monthly treat)


class UnknownOrganiser(LookupError):
    """No colleague in the register has this e-mail address."""


def find_organiser(register: Register, email: str) -> Colleague:
    wanted = email.strip().casefold()
    for colleague in register.colleagues():
        if colleague.email and colleague.email.strip().casefold() == wanted:
            return colleague
    raise UnknownOrganiser(email)


def _current(described: list[DescribedOccasion]) -> dict[str, DescribedOccasion]:
    return {item.occasion.key: item for item in described}


def _matches(plan: Celebration, item: DescribedOccasion | None) -> bool:
    """The plan still belongs to this occasion: same key and the same day (a recorded occasion keeps its key
    when its date is corrected)."""
    return item is not None and item.occasion.date == plan.occasion_date


def build_organiser_calendar(register: Register, email: str, start: date, end: date, now: datetime,
                             translate: Translate | None = None) -> Calendar:
    """The celebrations from `start` to `end` (by celebration date) that the colleague with `email` organises."""
    translate = translate or default_translate()
    organiser = find_organiser(register, email)
    people = {colleague.id: colleague for colleague in register.colleagues()}
    plans = [plan for plan in Celebrations(register.db).all(start, end) if plan.status is not Status.SKIPPED
             and any(o.colleague_id == organiser.id for o in plan.organisers)]
    shared: dict[str, DescribedOccasion] = {}
    manager: dict[str, DescribedOccasion] = {}
    if any(plan.kind != MONTHLY_TREAT_KIND for plan in plans):
        first = min(plan.occasion_date for plan in plans)
        last = max(plan.occasion_date for plan in plans)
        shared = _current(describe_occasions(register, first, last, Audience.SHARED))
        # The lead time is the manager's business (the policy for a milestone), the title the celebrant's.
        manager = _current(describe_occasions(register, first, last, Audience.MANAGER))
    rules = load_gift_rules(register.db)
    calendar = new_calendar(translate(texts.message(texts.ORGANISER_NAME, name=organiser.full_name)))
    writer = EventWriter(Audience.SHARED, utc(now), translate, people=people)
    for plan in plans:
        item = None
        if plan.kind == MONTHLY_TREAT_KIND:
            what = translate(texts.message(texts.MONTHLY_TREAT))
            lead_days = DEFAULT_LEAD_DAYS
        else:
            item = shared.get(plan.occasion_key)
            if not _matches(plan, item):
                continue  # quiet, no consent, moved or gone: not for the organiser's calendar
            what = translate(title(item.occasion, writer.name(item), item.policy))
            lead_days = rule_for(manager.get(plan.occasion_key, item).occasion, rules).lead_days
        lines = writer.plan_lines(plan, leave_out=organiser.id)
        lines.append(translate(texts.message(texts.OCCASION_ON, title=texts.clean_line(what),
                                             date=texts.format_day(plan.occasion_date))))
        event = all_day_event(f"plan-{plan.occasion_key}", plan.celebration_date,
                              translate(texts.message(texts.CELEBRATION, title=what)), writer.stamp,
                              (writer.kinds[item.occasion.kind],) if item is not None else (), "\n".join(lines))
        add_alarm(event, lead_days, translate(texts.message(texts.REMINDER, title=what,
                                                            date=texts.format_day(plan.celebration_date))))
        calendar.add_component(event)
    return calendar
