"""The organisation's gift and gathering policy table, kept in the file's settings table as JSON."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from desktop.models.gift_policy import DEFAULT_RULES, GiftRule, Idea
from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.models.occasions import Kind
from desktop.store.database import Database, transaction
from desktop.store.errors import store_error

_KEY = "gift_policy"


def load_gift_rules(db: Database) -> tuple[GiftRule, ...]:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_KEY]).fetchone()
    if row is None:
        return DEFAULT_RULES
    import json  # only a file with its own policy needs it: start-up usually does not

    try:
        return tuple(_rule(item) for item in json.loads(row[0]))
    except (ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
        raise store_error(QT_TRANSLATE_NOOP("Store", "The stored gift policy cannot be read: {detail}"),
                          detail=str(exc)) from exc


def save_gift_rules(db: Database, rules: tuple[GiftRule, ...]) -> None:
    import json

    data = [{"kind": rule.kind.value, "milestone": rule.milestone,
             "value": None if rule.value is None else str(rule.value),
             "ideas": [{"text": idea.text, "food": idea.food, "gift": idea.gift} for idea in rule.ideas],
             "budget_cents": rule.budget_cents, "organisers": rule.organisers, "lead_days": rule.lead_days,
             "effort": rule.effort} for rule in rules]
    with transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [_KEY, json.dumps(data)])


def _rule(item: dict[str, Any]) -> GiftRule:
    ideas = tuple(Idea(str(i["text"]), bool(i["food"]), bool(i["gift"])) for i in item["ideas"])
    if not ideas:
        raise ValueError("a rule without ideas")
    return GiftRule(Kind(item["kind"]), item["milestone"], None if item["value"] is None else Fraction(item["value"]),
                    ideas, budget_cents=_budget_cents(item), organisers=int(item["organisers"]),
                    lead_days=int(item["lead_days"]), effort=float(item["effort"]))


def _budget_cents(item: dict[str, Any]) -> int:
    # Files from before budgets were kept in cents store whole euros.
    return int(item["budget_cents"]) if "budget_cents" in item else int(item["budget_eur"]) * 100
