"""Building a whole calendar for a period and an audience: what the command line, the window and the
publisher all call. `now` (for DTSTAMP) is a parameter so that exports are reproducible."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from icalendar import Calendar, Event

from desktop.exchange.ical import texts
from desktop.exchange.ical.calendar import all_day_event, new_calendar, utc
from desktop.exchange.ical.describe import EventWriter, Translate
from desktop.exchange.ical.recurring import series_event, split
from desktop.exchange.occasion_report import describe_occasions
from desktop.models.celebration import Celebration
from desktop.models.colleague import Colleague
from desktop.models.consent import Audience
from desktop.store.repository import Register


@dataclass(frozen=True)
class ExportOptions:
    start: date
    end: date
    audience: Audience = Audience.SHARED
    recurring: bool = False


def default_period(today: date) -> tuple[date, date]:
    """Today to a year ahead (the day before today's date next year)."""
    try:
        next_year = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        next_year = date(today.year + 1, 3, 1)
    return today, date.fromordinal(next_year.toordinal() - 1)


def default_translate() -> Translate:
    from desktop.i18n import text

    return text


def build_calendar(register: Register, options: ExportOptions, now: datetime,
                   translate: Translate | None = None) -> Calendar:
    """Every occasion from `options.start` to `options.end` that `options.audience` may see, as a calendar."""
    translate = translate or default_translate()
    plans: dict[str, Celebration] = {}
    people: dict[int, Colleague] = {}
    stale: tuple[Celebration, ...] = ()
    if options.audience is Audience.MANAGER:
        from desktop.exchange.plans import plan_book

        book = plan_book(register, options.start, options.end)
        described = book.occasions
        plans, people, stale = dict(book.match.by_occasion), book.people, book.match.stale
    else:
        described = describe_occasions(register, options.start, options.end, options.audience)
    name = texts.MANAGER_NAME if options.audience is Audience.MANAGER else texts.SHARED_NAME
    calendar = new_calendar(translate(texts.message(name)))
    writer = EventWriter(options.audience, utc(now), translate, plans, people)
    for plan in stale:  # the manager must settle these: shown on their day, never beside the new occasion
        if options.start <= plan.celebration_date <= options.end:
            calendar.add_component(stale_plan_event(plan, writer))
    single = described
    if options.recurring:
        # A birthday with a plan keeps its own event, so the manager sees the plan on that day.
        series, single = split(described, plans)
        for items in series.values():
            event = series_event(items, writer, options.end)
            if event is None:  # no rule expresses these days: write them one by one
                single.extend(items)
            else:
                calendar.add_component(event)
        single.sort(key=lambda item: item.occasion.date)
    for item in single:
        calendar.add_component(writer.event(item))
    return calendar


def stale_plan_event(plan: Celebration, writer: EventWriter) -> Event:
    """A plan whose occasion moved or is gone, on its celebration day, for the manager to move or delete."""
    from desktop.exchange.plans import plan_title

    colleague = writer.people.get(plan.colleague_id) if plan.colleague_id is not None else None
    what = writer.translate(plan_title(plan, colleague))
    lines = [writer.translate(texts.message(texts.STALE_ADVICE)), *writer.plan_lines(plan)]
    return all_day_event(f"stale-plan-{plan.id}", plan.celebration_date,
                         writer.translate(texts.message(texts.STALE_PLAN, title=what)), writer.stamp,
                         (writer.kinds[plan.kind],), "\n".join(lines))
