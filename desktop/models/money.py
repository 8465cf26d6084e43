"""Money as the office manager reads it, from whole cents: "€ 25,00" in Dutch, "€25.00" in English.

Amounts are kept in cents everywhere (budgets, costs, policy), so nothing is ever rounded on the way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NO_BREAK_SPACE = "\u00a0"  # keeps "€ 25,00" on one line when a text wraps


def format_money(cents: int, language: str) -> str:
    """`cents` as euros in `language` ("nl" or "en"), with thousands grouped: "€ 1.234,50", "€1,234.50"."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if language == "nl":
        return f"{sign}€{NO_BREAK_SPACE}{euros:,}".replace(",", ".") + f",{rest:02d}"
    return f"{sign}€{euros:,}.{rest:02d}"


def plain_euros(cents: int) -> str:
    """Cents as a plain decimal number of euros, as files and spreadsheets read it: 150050 → "1500.50"."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def euros(cents: int) -> float | int:
    """Cents as a number of euros for machine-readable output: 2500 → 25, 2550 → 25.5."""
    return cents // 100 if cents % 100 == 0 else cents / 100


@dataclass(frozen=True, slots=True)
class Money:
    """An amount inside a `Message`: translated, it reads as the current language writes money."""

    cents: int

    def __str__(self) -> str:
        return format_money(self.cents, "en")


_GROUPED = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})*$|^\d+$")


def parse_euros(text: str) -> int | None:
    """Euros as a person types them, in Dutch or English ("1500", "1.500,50", "1,500.50", "€ 25"), as cents;
    None when it is not an amount. With both "." and "," the last one is the decimal mark; with one of them
    alone, a single one followed by exactly three digits groups thousands ("1.500"), else it is the decimal mark."""
    value = text.strip().removeprefix("€").removeprefix("EUR").strip()
    marks = [mark for mark in ".," if mark in value]
    whole: str | None = value
    fraction = ""
    if len(marks) == 2:
        decimal = max(marks, key=value.rindex)
        group = "," if decimal == "." else "."
        head, _, fraction = value.rpartition(decimal)
        whole = _ungroup(head, group)
    elif marks:
        mark = marks[0]
        parts = value.split(mark)
        if len(parts) == 2 and len(parts[1]) != 3:
            whole, fraction = parts[0], parts[1]
        else:
            whole = _ungroup(value, mark)
    if whole is None or not _GROUPED.match(whole) or not re.fullmatch(r"\d{0,2}", fraction):
        return None
    return int(re.sub(r"[ \u00a0]", "", whole)) * 100 + int(fraction.ljust(2, "0"))


def _ungroup(text: str, mark: str) -> str | None:
    """"1.234.567" → "1 234 567" when every group after the first has three digits; else None."""
    head, *groups = text.split(mark)
    if not re.fullmatch(r"\d{1,3}", head) or any(not re.fullmatch(r"\d{3}", group) for group in groups):
        return None
    return " ".join([head, *groups])
