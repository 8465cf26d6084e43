"""What the planning view lists: each coming occasion with its stored celebration, if any (Qt-free).

An occasion without a stored celebration is "to plan"; a stored celebration whose occasion is not among
the described ones (a monthly treat, or an occasion outside the period whose day moved in) still shows.

Plans are tied to their occasion by its key, which holds the date: when a birthday is corrected, the policy
drops a service year or a colleague no longer wants to be celebrated, the plan's occasion is gone. Such a
plan is marked `stale`, so the manager can plan the occasion anew and delete the old plan (not pay twice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.exchange.occasion_report import DescribedOccasion
from desktop.models.celebration import MONTHLY_TREAT_KIND, Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.gift_policy import MONTHLY_TREAT
from desktop.models.i18n import Message
from desktop.models.labels import kind_name, title
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Audience, Kind, Occasion, occasions_between
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy


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
    stale: bool = False  # a stored plan whose occasion moved or no longer exists

    @property
    def monthly_treat(self) -> bool:
        return self.kind == MONTHLY_TREAT_KIND

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


def occasion_exists(celebration: Celebration, people: Mapping[int, Colleague],
                    records: Iterable[RecordedOccasion], policy: OccasionPolicy = DEFAULT_POLICY,
                    audience: Audience = Audience.MANAGER) -> bool:
    """Whether the occasion `celebration` was planned for is still there, on the same day, for `audience`.
    A monthly treat has no occasion of its own and always counts as there."""
    if celebration.kind == MONTHLY_TREAT_KIND:
        return True
    return _occasion_of(celebration, people, records, policy, audience) is not None


def shared_title(item: PlanningItem, people: Mapping[int, Colleague], records: Iterable[RecordedOccasion],
                 policy: OccasionPolicy = DEFAULT_POLICY) -> Message | None:
    """What the item is called where colleagues read it (an e-mail to the organisers): the shared rules for
    the celebrant, so no age or milestone they keep to themselves. None when the occasion is not shared (a
    quiet or no-consent colleague) or no longer exists."""
    if item.monthly_treat:
        return item.title
    if item.stale:
        return None
    day = item.occasion_date
    probe = Celebration(None, item.key, item.kind, item.colleague_id, day, day)
    occasion = _occasion_of(probe, people, records, policy, Audience.SHARED)
    if occasion is None:
        return None
    colleague = people.get(occasion.colleague_id) if occasion.colleague_id is not None else None
    return title(occasion, colleague.full_name if colleague else "", policy)


def _occasion_of(celebration: Celebration, people: Mapping[int, Colleague], records: Iterable[RecordedOccasion],
                 policy: OccasionPolicy, audience: Audience) -> Occasion | None:
    day, colleague_id = celebration.occasion_date, celebration.colleague_id
    colleague = people.get(colleague_id) if colleague_id is not None else None
    if colleague_id is not None and colleague is None:
        return None  # the colleague was deleted
    own = [r for r in records if r.colleague_id == colleague_id and r.date == day]
    found = occasions_between([colleague] if colleague is not None else [], own, day, day, policy, audience)
    return next((o for o in found if o.key == celebration.occasion_key), None)


def planning_items(described: Iterable[DescribedOccasion], celebrations: Iterable[Celebration],
                   people: dict[int, Colleague], start: date, end: date,
                   exists: Callable[[Celebration], bool] | None = None) -> list[PlanningItem]:
    """Occasions from `start` to `end` with their celebrations, plus celebrations held in that period;
    sorted by the day they are celebrated. `exists` tells whether a celebration's occasion is still there
    (see occasion_exists); the plans for which it answers False are marked stale."""
    stored = {c.occasion_key: c for c in celebrations}
    items: list[PlanningItem] = []
    seen: set[str] = set()
    for item in described:
        occasion, colleague = item.occasion, item.colleague
        name = colleague.full_name if colleague else ""
        celebration = stored.get(occasion.key)
        # A recorded occasion keeps its key when its date is corrected: the plan was made for the old day.
        moved = celebration is not None and celebration.occasion_date != occasion.date
        items.append(PlanningItem(occasion.key, occasion.kind.value, colleague, occasion.date,
                                  item.celebration_date, title(occasion, name, item.policy), item,
                                  celebration, moved))
        seen.add(occasion.key)
    for key, celebration in stored.items():
        if key in seen or not start <= celebration.celebration_date <= end:
            continue
        colleague = people.get(celebration.colleague_id) if celebration.colleague_id is not None else None
        stale = celebration.kind != MONTHLY_TREAT_KIND and exists is not None and not exists(celebration)
        items.append(PlanningItem(key, celebration.kind, colleague, celebration.occasion_date,
                                  celebration.celebration_date, celebration_title(celebration, colleague),
                                  None, celebration, stale))
    items.sort(key=lambda i: (i.day, i.occasion_date, i.key))
    return items


def status_counts(items: Iterable[PlanningItem]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for item in items:
        counts[item.status] += 1
    return counts
