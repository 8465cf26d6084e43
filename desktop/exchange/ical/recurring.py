"""The recurring form: a colleague's plain birthdays as one yearly event.

The series follows the colleague, not the export period: DTSTART is the first plain birthday in the period
(on or after the hire date and the period's start), and UNTIL the last birthday on or before the colleague's
end date — no UNTIL at all for a colleague without one, so a subscriber keeps seeing the birthday in later
years. Every year inside the period that has its own event — a milestone birthday, or in the manager's
calendar a birthday with a plan — is an EXDATE, so within the period both forms always agree.

A 29 February birthday gets no series but one event per year inside the period, as in the plain export
(so it ends with the period; a published calendar moves on with it every day). The rules that would express
it are not understood everywhere: calcurse drops BYYEARDAY=60 (1 March in common years) and shows the
birthday on 1 March in leap years too, and Outlook maps only rules that fit its own recurrence patterns, of
which BYYEARDAY is none. BYMONTH=2;BYMONTHDAY=-1 (28 February) reads well in calcurse 4.7 but is as rare;
one form for both choices keeps the two alike and needs no client to get a leap-year rule right.

A yearly event cannot carry an age that changes each year, so a series is called "Birthday of …"; milestone
birthdays keep their own event with the age.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from icalendar import Event

from desktop.exchange.ical import texts
from desktop.exchange.ical.calendar import all_day_event
from desktop.exchange.ical.describe import EventWriter
from desktop.exchange.occasion_report import DescribedOccasion
from desktop.models.colleague import Colleague, birthday_in_year
from desktop.models.labels import title
from desktop.models.occasions import Audience, Kind, Occasion


def series_key(colleague_id: int) -> str:
    """The series' identity: one per colleague, distinct from every occasion key ("birthday-<id>-<date>")."""
    return f"birthday-{colleague_id}"


def is_leap_day(colleague: Colleague) -> bool:
    birth = colleague.birth
    return birth is not None and (birth.month, birth.day) == (2, 29)


def yearly_rule(colleague: Colleague, until: date | None) -> dict[str, Any]:
    """The colleague's yearly birthday rule, ending at `until` (None: open-ended); never for 29 February."""
    rule: dict[str, Any] = {"freq": "yearly"}
    if until is not None:
        rule["until"] = until
    return rule


def last_birthday(colleague: Colleague) -> date | None:
    """The last birthday on or before the colleague's end date; None without an end date (or a birthday)."""
    if colleague.birth is None or colleague.end_date is None:
        return None
    end = colleague.end_date
    day = birthday_in_year(colleague.birth, end.year, colleague.leap_day)
    return day if day <= end else birthday_in_year(colleague.birth, end.year - 1, colleague.leap_day)


def rule_dates(colleague: Colleague, first: date, last: date) -> list[date]:
    """The days the yearly rule gives from `first` to `last` (what a calendar program will show)."""
    assert colleague.birth is not None
    return [birthday_in_year(colleague.birth, year, colleague.leap_day) for year in range(first.year, last.year + 1)]


def split(described: Iterable[DescribedOccasion], own_event: Mapping[str, object]) -> tuple[
        dict[int, list[DescribedOccasion]], list[DescribedOccasion]]:
    """Plain birthdays per colleague (the series), and everything else (single events)."""
    series: dict[int, list[DescribedOccasion]] = defaultdict(list)
    single: list[DescribedOccasion] = []
    for item in described:
        occasion = item.occasion
        if (occasion.kind is Kind.BIRTHDAY and not occasion.milestone and item.colleague is not None
                and item.colleague.id is not None and occasion.key not in own_event):
            series[item.colleague.id].append(item)
        else:
            single.append(item)
    return series, single


def series_event(items: list[DescribedOccasion], writer: EventWriter, period_end: date) -> Event | None:
    """One yearly event for these birthdays of one colleague (the plain ones of a period ending on
    `period_end`), or None when a rule cannot express them."""
    colleague = items[0].colleague
    assert colleague is not None
    assert colleague.id is not None
    if is_leap_day(colleague):
        return None  # one event per year: no rule for it is understood everywhere (see the module's docstring)
    days = [item.occasion.date for item in items]
    first = days[0]
    until = last_birthday(colleague)
    if until is not None and until < days[-1]:
        return None
    # What the rule shows inside the period; the days without a plain birthday there become EXDATEs.
    last = period_end if until is None else min(period_end, until)
    expected = [day for day in rule_dates(colleague, first, last) if day <= last]
    if not expected or expected[0] != first or not set(days) <= set(expected):
        return None
    first_occasion = items[0].occasion
    summary = writer.translate(title(Occasion(first, Kind.BIRTHDAY, colleague.id, quiet=first_occasion.quiet),
                                     colleague.full_name, items[0].policy))
    description = ""
    if writer.audience is Audience.MANAGER and first_occasion.quiet:
        description = writer.translate(texts.message(texts.QUIET))
    event = all_day_event(series_key(colleague.id), first, summary, writer.stamp, (writer.kinds[Kind.BIRTHDAY],),
                          description)
    event.add("rrule", yearly_rule(colleague, until))
    skipped = sorted(set(expected) - set(days))
    if skipped:
        event.add("exdate", skipped)
    return event
