"""One occasion as a calendar event: its summary in the UI's language, categories by kind, and — for the
manager's calendar only — the plan and its organisers in the description."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from icalendar import Event

from desktop.exchange.ical import texts
from desktop.exchange.ical.calendar import all_day_event
from desktop.exchange.occasion_report import DescribedOccasion
from desktop.models.celebration import STATUS_NAMES, Celebration
from desktop.models.colleague import Colleague
from desktop.models.consent import Audience, allowed
from desktop.models.dates import display_date
from desktop.models.i18n import Message
from desktop.models.kinds import Kind
from desktop.models.labels import kind_name, title
from desktop.models.money import Money
from desktop.models.privacy import former_organisers

Translate = Callable[[Message], str]


class EventWriter:
    """Turns described occasions into events; translations of the fixed texts are looked up once.

    `plans` maps an occasion's key to the plan that belongs to it (models.plans: stale plans are not in it);
    what of a plan an event carries is what `audience` may see (models.consent)."""

    def __init__(self, audience: Audience, stamp: datetime, translate: Translate,
                 plans: Mapping[str, Celebration] | None = None, people: Mapping[int, Colleague] | None = None):
        self.audience, self.stamp, self.translate = audience, stamp, translate
        self.allowed = allowed(audience)
        self.plans = (plans or {}) if self.allowed.plans else {}
        self.people = people or {}
        self.kinds = {kind: translate(kind_name(kind)) for kind in Kind}

    def event(self, item: DescribedOccasion) -> Event:
        occasion = item.occasion
        summary = self.translate(title(occasion, self.name(item), item.policy))
        description = self.description(item) if self.audience is Audience.MANAGER else ""
        return all_day_event(occasion.key, occasion.date, summary, self.stamp, (self.kinds[occasion.kind],),
                             description)

    @staticmethod
    def name(item: DescribedOccasion) -> str:
        return item.colleague.full_name if item.colleague is not None else ""

    def description(self, item: DescribedOccasion) -> str:
        """The manager's view: when to celebrate (the plan's day, else the suggested one), the plan, organisers,
        budget, status and notes."""
        lines = []
        if item.occasion.quiet:
            lines.append(self.translate(texts.message(texts.QUIET)))
        plan = self.plans.get(item.occasion.key)
        day = plan.celebration_date if plan is not None else item.celebration_date
        if day != item.occasion.date:
            lines.append(self.translate(texts.message(texts.CELEBRATE_ON, date=display_date(day))))
        if plan is not None:
            lines.extend(self.plan_lines(plan))
        return "\n".join(lines)

    def plan_lines(self, plan: Celebration, leave_out: int | None = None) -> list[str]:
        """What of `plan` this audience may read; `leave_out`: the organiser the calendar is for."""
        translate, may, lines = self.translate, self.allowed, []
        if plan.what.strip():
            lines.append(translate(texts.message(texts.PLAN, what=texts.clean_line(plan.what))))
        names = [self.people[o.colleague_id].full_name for o in plan.organisers
                 if o.colleague_id in self.people and o.colleague_id != leave_out]
        if plan.former_organisers:  # organisers forgotten since (models/privacy.py)
            names.append(translate(former_organisers(plan)))
        if names and may.organisers:
            label = texts.ORGANISERS if leave_out is None else texts.TOGETHER_WITH
            lines.append(translate(texts.message(label, names=", ".join(texts.clean_line(n) for n in names))))
        if plan.budget_cents and may.budgets:
            lines.append(translate(texts.message(texts.BUDGET, amount=Money(plan.budget_cents))))
        if may.status:
            status = translate(Message("Celebration", STATUS_NAMES[plan.status]))
            lines.append(translate(texts.message(texts.STATUS, status=status)))
        if plan.notes.strip() and may.notes:
            lines.append(translate(texts.message(texts.NOTES, notes=texts.clean_text(plan.notes))))
        return lines
