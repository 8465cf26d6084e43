"""Plan a period: organisers, what to do and the budget for every unplanned occasion, balanced over the period.

Used alike by `social-calendar plan` and the window's "Plan the coming months"; nothing is written until
`apply_plans`. A long period on a large organisation reports per occasion to an optional `progress`
(models/progress.py), whose Cancel stops it there: it only reads, so a cancelled run leaves nothing behind.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from desktop.exchange.bulk import bulk_work
from desktop.exchange.occasion_report import DescribedOccasion
from desktop.exchange.plans import plan_book
from desktop.models.celebration import Celebration, Organiser, Status, treat_key
from desktop.models.celebration_day import is_working_day
from desktop.models.colleague import Colleague
from desktop.models.connections import Counted, counted_from_plans
from desktop.models.gift_policy import GiftRule, personalise, rule_for, rule_key, suggest_gift, treat_rule
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.kinds import Kind
from desktop.models.labels import kind_name, title
from desktop.models.money import euros
from desktop.models.organisers import WINDOW, Choice, Organisation, Turn
from desktop.models.planner import Planner, Request
from desktop.models.progress import Progress
from desktop.models.public_holidays import holidays_between
from desktop.store.celebrations import Celebrations
from desktop.store.gift_policy_store import load_gift_rules
from desktop.store.repository import Register

CTX = "Planning"


@dataclass(frozen=True)
class ProposedPlan:
    occasion_key: str
    kind: Kind
    colleague: Colleague | None
    occasion_date: date
    celebration_date: date
    title: Message
    organisers: list[Choice]
    what: Message
    idea: str
    budget_cents: int
    effort: float


def plan_period(register: Register, start: date, end: date, progress: Progress | None = None) -> list[ProposedPlan]:
    """Proposals for every occasion from `start` to `end` that needs a plan (models.plans: none yet, and no
    stale plan waiting that was made for it), plus a monthly treat for each month's plain birthdays.
    `progress` hears "finding the occasions", then every occasion staffed (raises Cancelled when cancelled)."""
    with bulk_work():
        return _plan_period(register, start, end, progress)


def _plan_period(register: Register, start: date, end: date, progress: Progress | None) -> list[ProposedPlan]:
    if progress is not None:
        progress.start(Message(CTX, QT_TRANSLATE_NOOP("Planning", "Finding the occasions in the period…")))
    store = Celebrations(register.db)
    stored = store.all()
    departments = {d.id: d.name for d in register.departments()}
    colleagues = register.colleagues()
    org = Organisation.build(colleagues, departments, store.leave())
    previous_idea = latest_ideas(stored)
    rules = load_gift_rules(register.db)
    book = plan_book(register, start, end, earliest=start, plans=stored, colleagues=colleagues)
    occasions = [item.described for item in book.items if item.described is not None
                 and start <= item.occasion_date <= end and book.match.needs_plan(item.described.occasion)]
    requests: list[tuple[Request, Any]] = []
    known_rules: dict[tuple, GiftRule] = {}  # rule_for once per kind of occasion, not once per occasion
    for index, item in enumerate(occasions):
        key = rule_key(item.occasion)
        rule = known_rules.get(key) or known_rules.setdefault(key, rule_for(item.occasion, rules))
        gift = suggest_gift(item.occasion, item.colleague, previous_idea.get(item.occasion.colleague_id), rules, rule)
        requests.append((_request(item, gift.rule, index), (item, gift)))
    treats_planned = {c.occasion_key for c in stored if c.kind is Kind.MONTHLY_TREAT}
    requests.extend(_monthly_treats(occasions, treat_rule(rules), start, end, treats_planned))
    requests.sort(key=lambda pair: (pair[0].day, pair[0].salt))
    planner = Planner(org, stored_turns(stored), stored_links(stored, start - WINDOW, end))
    if progress is not None:
        progress.start(Message(CTX, QT_TRANSLATE_NOOP("Planning", "Choosing organisers, occasion by occasion…")),
                       len(requests))
    proposals = []
    for done, (request, subject) in enumerate(requests, 1):
        organisers = planner.staff(request)
        proposals.append(_proposal(subject, organisers, request))
        if progress is not None:
            progress.step(done)
    return proposals


def _request(item: DescribedOccasion, rule: GiftRule, index: int) -> Request:
    return Request(item.occasion.colleague_id, item.celebration_date, rule.organisers, rule.effort, salt=index)


def _proposal(subject: Any, organisers: list[Choice], request: Request) -> ProposedPlan:
    if isinstance(subject, ProposedPlan):  # a monthly treat, complete but for its organisers
        return replace(subject, organisers=organisers)
    item, gift = subject
    occasion, colleague = item.occasion, item.colleague
    return ProposedPlan(occasion.key, occasion.kind.value, colleague, occasion.date, item.celebration_date,
                        title(occasion, colleague.full_name if colleague else "", item.policy), organisers,
                        gift.what, gift.idea.text, gift.rule.budget_cents, gift.rule.effort)


def _monthly_treats(occasions: list[DescribedOccasion], rule: GiftRule, start: date, end: date,
                    planned: set[str]) -> Iterator[tuple[Request, ProposedPlan]]:
    """One gathering a month for that month's plain birthdays, on the working day most of them work."""
    by_month: dict[tuple[int, int], list[Colleague]] = defaultdict(list)
    for item in occasions:
        if item.occasion.kind is Kind.BIRTHDAY and not item.occasion.milestone and item.colleague is not None:
            by_month[(item.occasion.date.year, item.occasion.date.month)].append(item.colleague)
    holidays = holidays_between(start, end + timedelta(days=31))
    for (year, month), celebrants in sorted(by_month.items()):
        key = treat_key(year, month)
        if key in planned or len(celebrants) < 2:
            continue
        day = _best_treat_day(year, month, celebrants, holidays, start, end)
        if day is None:
            continue
        proposal = ProposedPlan(key, Kind.MONTHLY_TREAT, None, day, day, kind_name(Kind.MONTHLY_TREAT), [],
                                personalise(rule.ideas[0], None), rule.ideas[0].text, rule.budget_cents, rule.effort)
        yield Request(None, day, rule.organisers, rule.effort, salt=year * 12 + month), proposal


def _best_treat_day(year: int, month: int, celebrants: list[Colleague], holidays, start: date,
                    end: date) -> date | None:
    """The working day in the month (within the period) on which most celebrants work; on a tie the later
    one, so that the month's birthdays have mostly passed."""
    day, counts = date(year, month, 1), Counter()
    while day.month == month:
        if start <= day <= end:
            present = sum(1 for c in celebrants if c.employed_on(day) and is_working_day(day, c.work_days, holidays))
            if present:
                counts[day] = present
        day += timedelta(days=1)
    if not counts:
        return None
    return max(counts, key=lambda d: (counts[d], d))


def latest_ideas(stored: list[Celebration]) -> dict[int, str]:
    latest: dict[int, Celebration] = {}
    for celebration in stored:
        if celebration.colleague_id is not None and celebration.status is not Status.SKIPPED:
            current = latest.get(celebration.colleague_id)
            if current is None or celebration.celebration_date > current.celebration_date:
                latest[celebration.colleague_id] = celebration
    return {cid: c.idea for cid, c in latest.items()}


def stored_turns(stored: list[Celebration]) -> list[Turn]:
    return [Turn(o.colleague_id, c.celebration_date, c.effort, c.colleague_id,
                 frozenset(x.colleague_id for x in c.organisers))
            for c in stored if c.status is not Status.SKIPPED for o in c.organisers]


def stored_links(stored: list[Celebration], start: date = date.min, end: date = date.max) -> list[Counted]:
    """The stored celebrations from `start` to `end` that link departments (models.connections: planned or
    done), for the planner's twelve months of links. Read without their occasions: a stale plan counts here
    until the manager settles it, and a monthly treat with its organisers only (its birthdays are known once
    its month is read)."""
    return counted_from_plans(((c, False, (c.colleague_id,) if c.colleague_id is not None else ()) for c in stored
                               if start <= c.occasion_date <= end), start, end)


def apply_plans(register: Register, proposals: list[ProposedPlan], translate) -> list[Celebration]:
    """Store the proposals as planned celebrations, in one transaction; `translate` renders their texts."""
    celebrations = [Celebration(None, p.occasion_key, p.kind, p.colleague.id if p.colleague else None,
                                p.occasion_date, p.celebration_date, translate(p.what), p.idea,
                                p.budget_cents, Status.PLANNED, None, "", p.effort,
                                tuple(Organiser(o.colleague_id, o.role) for o in p.organisers))
                    for p in proposals]
    return Celebrations(register.db).save_many(celebrations)


def as_json(proposal: ProposedPlan, people: dict[int, Colleague], translate) -> dict[str, Any]:
    """The stable JSON shape of `social-calendar plan`."""
    return {
        "date": proposal.occasion_date.isoformat(),
        "kind": proposal.kind,
        "colleague_email": proposal.colleague.email if proposal.colleague else None,
        "title": translate(proposal.title),
        "celebration_date": proposal.celebration_date.isoformat(),
        "organisers": [{"email": people[o.colleague_id].email, "name": people[o.colleague_id].full_name,
                        "role": o.role, "reasons": [translate(r) for r in o.reasons]} for o in proposal.organisers],
        "suggestion": translate(proposal.what),
        "budget_eur": euros(proposal.budget_cents),
    }
