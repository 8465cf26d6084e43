"""Money as the office manager reads it, from whole cents: "€ 25,00" in Dutch, "€25.00" in English.

Amounts are kept in cents everywhere (budgets, costs, policy), so nothing is ever rounded on the way.
"""

from __future__ import annotations

from dataclasses import dataclass

NO_BREAK_SPACE = "\u00a0"  # keeps "€ 25,00" on one line when a text wraps


def format_money(cents: int, language: str) -> str:
    """`cents` as euros in `language` ("nl" or "en"), with thousands grouped: "€ 1.234,50", "€1,234.50"."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if language == "nl":
        return f"{sign}€{NO_BREAK_SPACE}{euros:,}".replace(",", ".") + f",{rest:02d}"
    return f"{sign}€{euros:,}.{rest:02d}"


def euros(cents: int) -> float | int:
    """Cents as a number of euros for machine-readable output: 2500 → 25, 2550 → 25.5."""
    return cents // 100 if cents % 100 == 0 else cents / 100


@dataclass(frozen=True, slots=True)
class Money:
    """An amount inside a `Message`: translated, it reads as the current language writes money."""

    cents: int

    def __str__(self) -> str:
        return format_money(self.cents, "en")
