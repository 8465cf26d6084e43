"""The organisation's occasion policy, kept in the file's settings table as JSON."""

from __future__ import annotations

from fractions import Fraction

from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.store.database import Database, transaction
from desktop.store.errors import store_error

_KEY = "occasion_policy"


def load_policy(db: Database) -> OccasionPolicy:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_KEY]).fetchone()
    if row is None:
        return DEFAULT_POLICY
    import json  # only a file with its own policy needs it: start-up usually does not

    try:
        data = json.loads(row[0])
        return OccasionPolicy(
            milestone_age_step=int(data["milestone_age_step"]),
            milestone_age_from=int(data["milestone_age_from"]),
            anniversary_years=tuple(sorted(Fraction(y) for y in data["anniversary_years"])),
            milestone_years=frozenset(Fraction(y) for y in data["milestone_years"]),
            age_labels={int(age): label for age, label in data["age_labels"].items()},
            anniversary_labels={Fraction(years): label for years, label in data["anniversary_labels"].items()},
        )
    except (ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
        raise store_error(QT_TRANSLATE_NOOP("Store", "The stored occasion policy cannot be read: {detail}"),
                          detail=str(exc)) from exc


def save_policy(db: Database, policy: OccasionPolicy) -> None:
    import json

    data = {
        "milestone_age_step": policy.milestone_age_step,
        "milestone_age_from": policy.milestone_age_from,
        "anniversary_years": [str(y) for y in policy.anniversary_years],
        "milestone_years": sorted(str(y) for y in policy.milestone_years),
        "age_labels": {str(age): label for age, label in policy.age_labels.items()},
        "anniversary_labels": {str(years): label for years, label in policy.anniversary_labels.items()},
    }
    with transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [_KEY, json.dumps(data)])
