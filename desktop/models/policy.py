"""Which birthdays and service years count, and what they are called: the default policy, editable later."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from fractions import Fraction

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Policy"


def _default_anniversaries() -> tuple[Fraction, ...]:
    return (Fraction(5), Fraction(10), Fraction(25, 2), *(Fraction(years) for years in range(15, 65, 5)))


@dataclass(frozen=True)
class OccasionPolicy:
    """The milestone ages, anniversary years and their names (kroonjaren and jubilea)."""

    milestone_age_step: int = 5
    milestone_age_from: int = 20
    anniversary_years: tuple[Fraction, ...] = field(default_factory=_default_anniversaries)
    milestone_years: frozenset[Fraction] = frozenset({Fraction(25, 2), Fraction(25), Fraction(40), Fraction(50)})
    age_labels: dict[int, str] = field(default_factory=lambda: {50: QT_TRANSLATE_NOOP("Policy", "Abraham/Sarah")})
    anniversary_labels: dict[Fraction, str] = field(default_factory=lambda: {
        Fraction(25, 2): QT_TRANSLATE_NOOP("Policy", "copper jubilee"),
        Fraction(25): QT_TRANSLATE_NOOP("Policy", "silver jubilee"),
        Fraction(40): QT_TRANSLATE_NOOP("Policy", "ruby jubilee"),
        Fraction(50): QT_TRANSLATE_NOOP("Policy", "golden jubilee"),
    })

    @functools.cached_property
    def anniversary_months(self) -> tuple[tuple[int, Fraction], ...]:
        """(months, years) per anniversary, sorted: the occasion rules search this for every colleague."""
        return tuple(sorted((int(years * 12), years) for years in self.anniversary_years))

    def is_milestone_age(self, age: int | None) -> bool:
        return age is not None and age >= self.milestone_age_from and age % self.milestone_age_step == 0

    def age_label(self, age: int) -> Message | None:
        source = self.age_labels.get(age)
        return Message(CTX, source) if source else None

    def anniversary_label(self, years: Fraction) -> Message | None:
        source = self.anniversary_labels.get(years)
        return Message(CTX, source) if source else None


DEFAULT_POLICY = OccasionPolicy()
