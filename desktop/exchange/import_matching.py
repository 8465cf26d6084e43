"""Who a row is about: an existing colleague, a colleague planned by an earlier row, or someone new.

A row matches by e-mail address (case-insensitive). Without a match by e-mail it matches by name (first name,
prefix and last name, folded: case and accents do not matter, nor how the name is split into parts) and
birth date, where a missing birth date or year fits any. Two people with the same name but different e-mail
addresses are different people. Everyone is indexed once, so planning 5,000 rows stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.exchange.import_errors import message
from desktop.models.colleague import Colleague, fold
from desktop.models.dates import PartialDate
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message


@dataclass(eq=False)
class Target:
    """A colleague a row can match: stored (`existing`) or planned as new by an earlier row."""

    colleague: Colleague
    existing: Colleague | None
    claimed_by: int | None = None  # the row that already imports into this colleague


class AmbiguousMatch(Exception):
    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


def name_key(first: str, prefix: str, last: str) -> str:
    return " ".join(fold(f"{first} {prefix} {last}").split())


def _fits(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    if (a.month, a.day) != (b.month, b.day):
        return False
    return a.year is None or b.year is None or a.year == b.year


@dataclass
class Matcher:
    by_email: dict[str, Target] = field(default_factory=dict)
    by_name: dict[str, list[Target]] = field(default_factory=dict)

    @classmethod
    def of(cls, colleagues: list[Colleague]) -> Matcher:
        matcher = cls()
        for colleague in colleagues:
            matcher.add(Target(colleague, colleague))
        return matcher

    def add(self, target: Target) -> None:
        colleague = target.colleague
        if colleague.email:
            self.by_email.setdefault(fold(colleague.email), target)
        key = name_key(colleague.first_name, colleague.prefix, colleague.last_name)
        if key:
            self.by_name.setdefault(key, []).append(target)

    def find(self, changes: dict[str, object]) -> Target | None:
        """The colleague the row's values point at; AmbiguousMatch when several fit equally well."""
        email = fold(str(changes.get("email", "")))
        if email and email in self.by_email:
            return self.by_email[email]
        if "last_name" not in changes and "first_name" not in changes:
            return None
        key = name_key(str(changes["first_name"]), str(changes["prefix"]), str(changes["last_name"]))
        birth = changes.get("birth")
        assert birth is None or isinstance(birth, PartialDate)
        fitting = [target for target in self.by_name.get(key, ())
                   if _fits(birth, target.colleague.birth)
                   and not (email and target.colleague.email and fold(target.colleague.email) != email)]
        if len(fitting) > 1 and birth is not None:
            exact = [target for target in fitting if target.colleague.birth == birth]
            fitting = exact or fitting
        if len(fitting) > 1:
            raise AmbiguousMatch(message(QT_TRANSLATE_NOOP("Import", "{count} colleagues called {name} fit this row; "
                                                                "add an e-mail address or birth date to tell "
                                                                "them apart"),
                                         count=len(fitting), name=fitting[0].colleague.full_name))
        return fitting[0] if fitting else None
