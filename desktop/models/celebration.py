"""A celebration: the plan for one occasion, from idea to done, with its organisers and costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.models.kinds import Kind


class Status(StrEnum):
    TO_PLAN = "to_plan"
    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"


STATUS_NAMES = {
    Status.TO_PLAN: QT_TRANSLATE_NOOP("Celebration", "To plan"),
    Status.PLANNED: QT_TRANSLATE_NOOP("Celebration", "Planned"),
    Status.DONE: QT_TRANSLATE_NOOP("Celebration", "Done"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("Celebration", "Skipped"),
}


def treat_key(year: int, month: int) -> str:
    """The key of a month's monthly treat, as plans store it in place of an occasion's key."""
    return f"{Kind.MONTHLY_TREAT.value}-{year:04d}-{month:02d}"


@dataclass(frozen=True, slots=True)
class Organiser:
    colleague_id: int
    role: str = "any"  # "knows", "bridge", "any" or "manual"


@dataclass(frozen=True)
class Celebration:
    id: int | None
    occasion_key: str  # Occasion.key, or treat_key() for a monthly treat
    kind: Kind
    colleague_id: int | None
    occasion_date: date
    celebration_date: date
    what: str = ""  # in the words stored (the UI's language when planned)
    idea: str = ""  # the policy idea it came from, so the next celebration picks another
    budget_cents: int = 0
    status: Status = Status.TO_PLAN
    actual_cost_cents: int | None = None
    notes: str = ""
    effort: float = 1.0
    organisers: tuple[Organiser, ...] = ()
    former_organisers: int = 0  # organisers since forgotten (models/privacy.py): shown as "a former colleague"

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind):  # as read from the file or a script: "birthday"
            object.__setattr__(self, "kind", Kind(self.kind))
