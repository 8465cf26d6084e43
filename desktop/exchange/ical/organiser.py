"""An organiser's own calendar: the celebrations they take care of (from the stored plans), each with a
reminder the policy's lead time before it ("start planning this many days before").

What an organiser receives follows the organiser audience of models.consent: only plans whose occasion the
organiser may see (no quiet or no-consent colleagues, no private kinds), titled without a hidden age or
milestone, with what, budget and co-organisers but without the manager's status and notes. A stale plan
(models.plans: its occasion moved or is gone) is left out; the monthly treat has no occasion of its own.
"""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from desktop.exchange.ical import texts
from desktop.exchange.ical.calendar import add_alarm, all_day_event, new_calendar, utc
from desktop.exchange.ical.describe import EventWriter, Translate
from desktop.exchange.ical.export import default_translate
from desktop.exchange.plans import organiser_title, plan_book, treat_dietary
from desktop.models.celebration import Status
from desktop.models.colleague import Colleague
from desktop.models.consent import Audience
from desktop.models.dates import display_date
from desktop.models.gift_policy import rule_for, treat_rule
from desktop.store.gift_policy_store import load_gift_rules
from desktop.store.repository import Register


class UnknownOrganiser(LookupError):
    """No colleague in the register has this e-mail address."""


def find_organiser(register: Register, email: str) -> Colleague:
    wanted = email.strip().casefold()
    for colleague in register.colleagues():
        if colleague.email and colleague.email.strip().casefold() == wanted:
            return colleague
    raise UnknownOrganiser(email)


def build_organiser_calendar(register: Register, email: str, start: date, end: date, now: datetime,
                             translate: Translate | None = None) -> Calendar:
    """The celebrations from `start` to `end` (by celebration day) that the colleague with `email` organises."""
    translate = translate or default_translate()
    organiser = find_organiser(register, email)
    book = plan_book(register, start, end)
    rules = load_gift_rules(register.db)
    calendar = new_calendar(translate(texts.message(texts.ORGANISER_NAME, name=organiser.full_name)))
    writer = EventWriter(Audience.ORGANISER, utc(now), translate, people=book.people)
    for item in book.items:
        plan = item.celebration
        if (plan is None or plan.status is Status.SKIPPED or not start <= plan.celebration_date <= end
                or all(o.colleague_id != organiser.id for o in plan.organisers)):
            continue
        shown = organiser_title(item)
        if shown is None:
            continue  # quiet, no consent, a private kind, moved or gone: not for the organiser's calendar
        what = translate(shown)
        # The lead time is the manager's business (the policy for a milestone), the title the celebrant's.
        occasion = item.occasion
        lead_days = (rule_for(occasion, rules) if occasion is not None else treat_rule(rules)).lead_days
        lines = writer.plan_lines(plan, leave_out=organiser.id)
        if item.monthly_treat and (needs := treat_dietary(register, plan)):
            lines.append(translate(texts.message(texts.DIETARY, needs=", ".join(needs))))
        lines.append(translate(texts.message(texts.OCCASION_ON, title=texts.clean_line(what),
                                             date=display_date(plan.occasion_date))))
        event = all_day_event(f"plan-{plan.occasion_key}", plan.celebration_date,
                              translate(texts.message(texts.CELEBRATION, title=what)), writer.stamp,
                              (writer.kinds[item.kind],), "\n".join(lines))
        add_alarm(event, lead_days, translate(texts.message(texts.REMINDER, title=what,
                                                            date=display_date(plan.celebration_date))))
        calendar.add_component(event)
    return calendar
