"""How dates and names look on screen: Dutch style, DD-MM-YYYY."""

from __future__ import annotations

from datetime import date


def day_text(day: date | None) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}" if day else ""
