"""Who may see what: the consent rules for every audience, written once and asked by every output.

Three audiences (the README's "Consent and privacy"):
- **manager**: the office manager's own views, the manager's PDF, calendar and `plans` — everything.
- **shared**: the notice board, the birthday calendar, the shared and published calendars, `occasions
  --audience shared` — only what colleagues agreed to share.
- **organiser**: what a colleague asked to organise a celebration receives (their own calendar, the mails):
  the occasion as the shared audience sees it, plus what the work needs — what to do, when, the budget,
  who organises with them, the celebrant's likes for a gift, and for food the dietary instruction
  ("make the treat vegetarian") without whose need or why. Never notes, the plan's status, or anything
  about a quiet or no-consent colleague.

Each colleague decides: celebrate `yes`, `quiet` (the manager's eyes only: a personal word, no team
celebration, so nobody is asked to organise) or `no` (no occasions at all); and show age (no: neither the
age nor the fact that a birthday is a milestone leaves the manager's views). Get-well and condolence moments
are the manager's to handle with care and never leave the manager's views.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.models.colleague import Celebrate, Colleague
from desktop.models.kinds import Kind

if TYPE_CHECKING:
    from desktop.models.occasions import Occasion


class Audience(StrEnum):
    MANAGER = "manager"
    SHARED = "shared"
    ORGANISER = "organiser"


# Health and bereavement: handled by the manager in person, never on a shared calendar or a festive sheet.
PRIVATE_KINDS = frozenset({Kind.GET_WELL, Kind.CONDOLENCE})


@dataclass(frozen=True, slots=True)
class Allowed:
    """What one audience may see; every field is a kind of fact an output may or may not carry."""

    quiet_colleagues: bool  # occasions of colleagues who asked for no fuss
    private_kinds: bool  # get-well and condolence moments
    hidden_ages: bool  # age and milestone of a colleague who keeps their age to themselves
    plans: bool  # what is planned and when it is celebrated
    organisers: bool  # who organises
    budgets: bool  # what it may cost, and what it cost
    status: bool  # the plan's progress (to plan, planned, done, skipped)
    notes: bool  # the colleague's notes and the plan's notes
    likes: bool  # the celebrant's likes, for a gift
    dietary: bool  # the colleague's dietary needs, by name, as recorded
    dietary_instruction: bool  # how to make the food, without whose need it is


ALLOWED: dict[Audience, Allowed] = {
    Audience.MANAGER: Allowed(quiet_colleagues=True, private_kinds=True, hidden_ages=True, plans=True,
                              organisers=True, budgets=True, status=True, notes=True, likes=True, dietary=True,
                              dietary_instruction=True),
    Audience.SHARED: Allowed(quiet_colleagues=False, private_kinds=False, hidden_ages=False, plans=False,
                             organisers=False, budgets=False, status=False, notes=False, likes=False, dietary=False,
                             dietary_instruction=False),
    Audience.ORGANISER: Allowed(quiet_colleagues=False, private_kinds=False, hidden_ages=False, plans=True,
                                organisers=True, budgets=True, status=False, notes=False, likes=True,
                                dietary=False, dietary_instruction=True),
}


def allowed(audience: Audience) -> Allowed:
    return ALLOWED[audience]


def celebrated(colleague: Colleague) -> bool:
    """Consent `no` means no occasions at all, for every audience (the manager's views included)."""
    return colleague.celebrate is not Celebrate.NO


def sees_colleague(audience: Audience, colleague: Colleague | None) -> bool:
    """Whether `audience` may see occasions of `colleague` (None: an occasion of everyone, seen by all)."""
    if colleague is None:
        return True
    if not celebrated(colleague):
        return False
    return colleague.celebrate is not Celebrate.QUIET or ALLOWED[audience].quiet_colleagues


def sees_kind(audience: Audience, kind: Kind) -> bool:
    return kind not in PRIVATE_KINDS or ALLOWED[audience].private_kinds


def sees_age(audience: Audience, colleague: Colleague | None) -> bool:
    return colleague is None or colleague.show_age or ALLOWED[audience].hidden_ages


def may_ask_organisers(colleague: Colleague | None) -> bool:
    """A quiet colleague asked for no fuss: no colleague is asked to organise; the manager sees to it."""
    return colleague is None or colleague.celebrate is not Celebrate.QUIET


def occasion_for(audience: Audience, occasion: Occasion, colleague: Colleague | None) -> Occasion | None:
    """`occasion` (as the rules make it, for the manager) as `audience` may see it: None when it may not see it
    at all, without age and milestone when the colleague keeps their age to themselves."""
    if not sees_kind(audience, occasion.kind) or not sees_colleague(audience, colleague):
        return None
    if occasion.kind is Kind.BIRTHDAY and not sees_age(audience, colleague):
        return replace(occasion, age=None, milestone=False)
    return occasion


def on_birthday_calendar(colleague: Colleague, today: date) -> bool:
    """The perpetual birthday calendar hangs on the wall: shared, and only for those employed today."""
    return colleague.birth is not None and colleague.celebrate is Celebrate.YES and colleague.employed_on(today)


def birth_year_shown(audience: Audience, colleague: Colleague) -> bool:
    return sees_age(audience, colleague)


def dietary_instruction(celebrants: Iterable[Colleague]) -> tuple[str, ...]:
    """What the food must be for these celebrants ("vegetarian", "gluten-free"): each need once, in a fixed
    order, and nothing that says whose need it is. For the organiser audience."""
    needs: dict[str, str] = {}
    for colleague in celebrants:
        need = " ".join(colleague.dietary.split())
        if need and sees_colleague(Audience.ORGANISER, colleague):
            needs.setdefault(need.casefold(), need)
    return tuple(needs[key] for key in sorted(needs))
