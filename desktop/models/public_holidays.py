"""Dutch public holidays, from the `holidays` package (imported on first use: it takes a while to load)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=64)
def dutch_holidays(year: int, language: str = "nl") -> dict[date, str]:
    """The Netherlands' public holidays in `year`, named in `language` ("nl" or "en")."""
    import holidays

    names = holidays.country_holidays("NL", years=year, language="nl" if language == "nl" else "en_US")
    return dict(names.items())


def holidays_between(start: date, end: date, language: str = "nl") -> dict[date, str]:
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update({day: name for day, name in dutch_holidays(year, language).items() if start <= day <= end})
    return found
