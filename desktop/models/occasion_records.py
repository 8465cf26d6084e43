"""Occasions that are recorded rather than computed: births, weddings, get-well, condolence, custom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class RecordedOccasion:
    id: int | None
    colleague_id: int | None  # None: involves everyone (the summer outing)
    kind: str
    date: date
    title: str = ""
    child_name: str = ""
    notes: str = ""
