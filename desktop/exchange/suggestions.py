"""Organiser suggestions and the gift idea for one celebration, as the plan editor asks for them (Qt-free).

A thin layer over models.planner: the stored celebrations (except the one being edited) are the history,
"next best" keeps the other organisers and asks the planner again without the rejected ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.exchange.bulk import bulk_work

# The turn and idea helpers of the period planner; the same history must drive both (see the report).
from desktop.exchange.planning import latest_ideas, stored_links, stored_turns
from desktop.exchange.plans import PlanningItem
from desktop.models.celebration import Celebration, Organiser
from desktop.models.colleague import Colleague
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, suggest_gift
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.organisers import Choice, History, Leave, Organisation, reasons_for
from desktop.models.planner import LinkHistory, Planner, Request

CTX = "Planning"
CHOSEN_BY_HAND = QT_TRANSLATE_NOOP("Planning", "Chosen by hand")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Planning", "not available that day (leave, day off or not organising)")


@dataclass(frozen=True)
class GiftDefaults:
    what: Message
    idea: str
    budget_cents: int
    organisers: int
    effort: float


class Suggester:
    """Everything one plan needs to suggest organisers: the people, their leave and the past turns."""

    def __init__(self, colleagues: Iterable[Colleague], department_names: dict[int, str], leave: Iterable[Leave],
                 celebrations: Iterable[Celebration], skip_id: int | None = None,
                 rules: tuple[GiftRule, ...] = DEFAULT_RULES):
        self.org = Organisation.build(colleagues, department_names, leave)
        others = [c for c in celebrations if c.id is None or c.id != skip_id]
        self.celebrations = others
        self.turns = stored_turns(others)
        self.links = LinkHistory(self.org, stored_links(others))  # the same for every suggestion: once
        self.history = History(self.turns)
        self.rules = rules

    def gift(self, item: PlanningItem) -> GiftDefaults:
        """What the policy suggests for `item`, personalised, never the idea of the colleague's last celebration."""
        if item.described is None:
            celebration = item.celebration
            return GiftDefaults(Message(CTX, "{text}", {"text": celebration.what if celebration else ""}),
                                celebration.idea if celebration else "",
                                celebration.budget_cents if celebration else 0,
                                max(1, len(celebration.organisers)) if celebration else 2,
                                celebration.effort if celebration else 1.0)
        previous = [c for c in self.celebrations if c.occasion_key != item.key]
        idea = latest_ideas(previous).get(item.colleague_id) if item.colleague_id is not None else None
        gift = suggest_gift(item.described.occasion, item.colleague, idea, self.rules)
        return GiftDefaults(gift.what, gift.idea.text, gift.rule.budget_cents, gift.rule.organisers,
                            gift.rule.effort)

    def suggest(self, celebrant_id: int | None, day: date, count: int, effort: float = 1.0,
                exclude: Iterable[int] = ()) -> list[Choice]:
        with bulk_work():  # a fresh planner over the whole register: no collector pauses in the middle
            planner = Planner(self.org, self.turns, self.links, self.history)  # one request: the history is shared
            return planner.staff(Request(celebrant_id, day, count, effort, exclude=frozenset(exclude)))

    def next_best(self, celebrant_id: int | None, day: date, current: list[Choice], index: int,
                  rejected: Iterable[int] = (), effort: float = 1.0) -> Choice | None:
        """Another organiser in place of `current[index]`: the others stay, the rejected ones are not asked."""
        kept = [choice for position, choice in enumerate(current) if position != index]
        exclude = {*rejected, current[index].colleague_id, *(c.colleague_id for c in kept)}
        fresh = self.suggest(celebrant_id, day, len(current), effort, exclude)
        if not fresh:
            return None
        pick = fresh[index] if index < len(fresh) else fresh[0]
        role = pick.role if pick.role != "knows" or index == 0 else "any"
        colleague = self.org.colleagues[pick.colleague_id]
        reasons = reasons_for(self.org, self.history, colleague, celebrant_id, role, day, kept[:1] if index else [],
                              pick.gap)
        return Choice(pick.colleague_id, role, reasons, pick.gap)

    def explain(self, organisers: Iterable[Organiser], celebrant_id: int | None, day: date) -> list[Choice]:
        """Stored or hand-picked organisers with their reasons, and a warning for who cannot make it that day."""
        explained: list[Choice] = []
        for organiser in organisers:
            colleague = self.org.colleagues.get(organiser.colleague_id)
            if colleague is None:
                continue
            role = organiser.role
            reasons: tuple[Message, ...]
            if role == "manual":
                reasons = (Message(CTX, CHOSEN_BY_HAND),
                           *reasons_for(self.org, self.history, colleague, celebrant_id, "any", day, []))
            else:
                reasons = reasons_for(self.org, self.history, colleague, celebrant_id, role, day, explained[:1])
            if not self.org.can_organise(colleague, day, celebrant_id) and colleague.id != celebrant_id:
                reasons = (*reasons, Message(CTX, NOT_AVAILABLE))
            explained.append(Choice(organiser.colleague_id, role, reasons))
        return explained

    def available(self, colleague: Colleague, day: date, celebrant_id: int | None) -> bool:
        return self.org.can_organise(colleague, day, celebrant_id)
