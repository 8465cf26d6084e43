"""What the planning view lists: each coming occasion with its stored celebration, if any (Qt-free).

An occasion without a stored celebration is "to plan"; a stored celebration whose occasion is not among
the described ones (a monthly treat, or an occasion outside the period whose day moved in) still shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.exchange.occasion_report import DescribedOccasion
from desktop.models.celebration import MONTHLY_TREAT_KIND, Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.gift_policy import MONTHLY_TREAT
from desktop.models.i18n import Message
from desktop.models.labels import kind_name, title
from desktop.models.occasions import Kind


@dataclass(frozen=True)
class PlanningItem:
    key: str
    kind: str
    colleague: Colleague | None
    occasion_date: date
    suggested_day: date
    title: Message
    described: DescribedOccasion | None = None
    celebration: Celebration | None = None

    @property
    def status(self) -> Status:
        return self.celebration.status if self.celebration is not None else Status.TO_PLAN

    @property
    def day(self) -> date:
        """The day it is (or would be) celebrated."""
        return self.celebration.celebration_date if self.celebration is not None else self.suggested_day

    @property
    def colleague_id(self) -> int | None:
        return self.colleague.id if self.colleague is not None else None


def celebration_title(celebration: Celebration, colleague: Colleague | None) -> Message:
    """A title for a stored celebration whose occasion is not at hand."""
    if celebration.kind == MONTHLY_TREAT_KIND:
        return Message("GiftPolicy", MONTHLY_TREAT.text)
    try:
        kind = kind_name(Kind(celebration.kind))
    except ValueError:
        kind = Message("Occasion", "{title}", {"title": celebration.kind})
    if colleague is None:
        return kind
    return Message("Occasion", "{what}: {name}", {"what": kind, "name": colleague.full_name})


def planning_items(described: Iterable[DescribedOccasion], celebrations: Iterable[Celebration],
                   people: dict[int, Colleague], start: date, end: date) -> list[PlanningItem]:
    """Occasions from `start` to `end` with their celebrations, plus celebrations held in that period;
    sorted by the day they are celebrated."""
    stored = {c.occasion_key: c for c in celebrations}
    items: list[PlanningItem] = []
    seen: set[str] = set()
    for item in described:
        occasion, colleague = item.occasion, item.colleague
        name = colleague.full_name if colleague else ""
        items.append(PlanningItem(occasion.key, occasion.kind.value, colleague, occasion.date,
                                  item.celebration_date, title(occasion, name, item.policy), item,
                                  stored.get(occasion.key)))
        seen.add(occasion.key)
    for key, celebration in stored.items():
        if key in seen or not start <= celebration.celebration_date <= end:
            continue
        colleague = people.get(celebration.colleague_id) if celebration.colleague_id is not None else None
        items.append(PlanningItem(key, celebration.kind, colleague, celebration.occasion_date,
                                  celebration.celebration_date, celebration_title(celebration, colleague),
                                  None, celebration))
    items.sort(key=lambda i: (i.day, i.occasion_date, i.key))
    return items


def status_counts(items: Iterable[PlanningItem]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for item in items:
        counts[item.status] += 1
    return counts
