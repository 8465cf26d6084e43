"""Occasions that are recorded rather than computed: births, weddings, get-well, condolence, custom."""

from __future__ import annotations

import datetime
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
    repeat: str = ""  # other occasions that come back every year: the rule (models/repeat.py); empty: once
    until: datetime.date | None = None  # the last day it may still fall on; None: until ended
