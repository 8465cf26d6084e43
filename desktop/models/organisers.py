"""Who organises a celebration: fair rotation, one organiser who knows the celebrant, one who builds a bridge.

Deterministic: the same organisation and history give the same suggestions. Each slot is filled from the
eligible colleagues (employed, working that weekday, not on leave, willing, not the celebrant) by the key
(has had a turn in the window, weighted load, ...): nobody gets a second turn while a comparable colleague
has had none, and the load weighted by effort is spread evenly. Among equally loaded candidates the one whose
department has been linked least with the celebration's other departments in the last twelve months wins
(models.planner keeps those links), then a pair that has not organised together before, then the one who
organised longest ago.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.models.colleague import Colleague
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message, translate

CTX = "Organisers"
WINDOW = timedelta(days=365)
SETTLING_IN = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class Leave:
    colleague_id: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Turn:
    """One organiser's part in one celebration (stored, or suggested earlier in the same plan)."""

    organiser_id: int
    day: date
    effort: float
    celebrant_id: int | None
    co_organisers: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class LinkGap:
    """A pair of departments a choice links that met only `links` times in the last twelve months."""

    department: int
    other: int
    links: int


@dataclass(frozen=True)
class Choice:
    colleague_id: int
    role: str  # "knows", "bridge" or "any"
    reasons: tuple[Message, ...]
    gap: LinkGap | None = None  # the little-linked pair of departments the choice links, named in the reasons


@dataclass
class Organisation:
    """The people and departments a suggestion chooses from, indexed once for speed."""

    colleagues: dict[int, Colleague]
    department_names: dict[int, str]
    leave: dict[int, list[Leave]] = field(default_factory=dict)

    @classmethod
    def build(cls, colleagues: Iterable[Colleague], department_names: dict[int, str],
              leave: Iterable[Leave] = ()) -> Organisation:
        by_colleague: dict[int, list[Leave]] = defaultdict(list)
        for item in leave:
            by_colleague[item.colleague_id].append(item)
        return cls({c.id: c for c in colleagues if c.id is not None}, department_names, dict(by_colleague))

    def department_of(self, colleague_id: int | None) -> int | None:
        colleague = self.colleagues.get(colleague_id) if colleague_id is not None else None
        return colleague.department_id if colleague else None

    def can_organise(self, colleague: Colleague, day: date, celebrant_id: int | None) -> bool:
        if colleague.id == celebrant_id or not colleague.organises or not colleague.employed_on(day):
            return False
        if colleague.hire_date is not None and day < colleague.hire_date + SETTLING_IN:
            return False  # newcomers first find their feet; they are celebrated, not yet asked to organise
        if day.weekday() not in colleague.work_days:
            return False
        leave = self.leave.get(colleague.id, ()) if colleague.id is not None else ()
        return not any(item.start <= day <= item.end for item in leave)


class History:
    """Turns over time: load in the window around a day, who organised with whom, and for whom."""

    def __init__(self, turns: Iterable[Turn] = ()):
        # Keyed by colleague id; asked about None (a colleague not stored yet), they know no turns.
        self._turns: dict[int | None, list[Turn]] = defaultdict(list)
        self.pairs: set[frozenset[int]] = set()
        self._acquainted: dict[int | None, set[int]] = defaultdict(set)  # celebrated or organised together
        for turn in turns:
            self.add(turn)

    def add(self, turn: Turn) -> None:
        self._turns[turn.organiser_id].append(turn)
        others = set(turn.co_organisers) - {turn.organiser_id}
        if turn.celebrant_id is not None:
            others.add(turn.celebrant_id)
        for other in others:
            self._acquainted[turn.organiser_id].add(other)
            self._acquainted[other].add(turn.organiser_id)
            if other in turn.co_organisers:
                self.pairs.add(frozenset((turn.organiser_id, other)))

    def in_window(self, colleague_id: int | None, day: date) -> list[Turn]:
        return [t for t in self._turns.get(colleague_id, ()) if abs((t.day - day).days) <= WINDOW.days]

    def last_before(self, colleague_id: int | None, day: date) -> date | None:
        days = [t.day for t in self._turns.get(colleague_id, ()) if day - WINDOW <= t.day <= day]
        return max(days) if days else None

    def organised_together(self, first: int | None, second: int | None) -> bool:
        return frozenset((first, second)) in self.pairs

    def acquaintances(self, colleague_id: int | None) -> set[int]:
        """Everyone who organised for or with `colleague_id`, or whom they organised for or with."""
        return self._acquainted.get(colleague_id, set())


def reasons_for(org: Organisation, history: History, colleague: Colleague, celebrant_id: int | None, role: str,
                day: date, chosen: list[Choice], gap: LinkGap | None = None) -> tuple[Message, ...]:
    """Why `colleague` was chosen for `role`, in plain words; `chosen` are the organisers picked before, `gap`
    the little-linked pair of departments the choice links."""
    reasons: list[Message] = []
    celebrant = org.colleagues.get(celebrant_id) if celebrant_id is not None else None
    own_dept = org.department_names.get(colleague.department_id or -1, "")
    if role == "knows" and celebrant is not None:
        if colleague.department_id is not None and colleague.department_id == celebrant.department_id:
            reasons.append(Message(CTX, QT_TRANSLATE_NOOP("Organisers", "Same department as {name}"),
                                   {"name": celebrant.first_name or celebrant.full_name}))
        else:
            reasons.append(Message(CTX, QT_TRANSLATE_NOOP("Organisers", "Has organised with {name} before"),
                                   {"name": celebrant.first_name or celebrant.full_name}))
    elif role == "bridge" and own_dept and gap is None:
        other = org.department_names.get(celebrant.department_id or -1, "") if celebrant else ""
        if other:
            reasons.append(Message(CTX, QT_TRANSLATE_NOOP("Organisers", "From {dept}: links {dept} and {other}"),
                                   {"dept": own_dept, "other": other}))
        else:
            reasons.append(Message(CTX, QT_TRANSLATE_NOOP("Organisers", "From {dept}"), {"dept": own_dept}))
    if gap is not None:
        reasons.append(_gap_reason(org, gap))
    if chosen:
        first = org.colleagues[chosen[0].colleague_id]
        if not history.organised_together(colleague.id, first.id):
            reasons.append(Message(CTX, QT_TRANSLATE_NOOP("Organisers", "has not worked with {name} before"),
                                   {"name": first.first_name or first.full_name}))
    last = history.last_before(colleague.id, day)
    if last is None:
        reasons.append(Message(CTX, QT_TRANSLATE_NOOP("Organisers", "has not organised anything in the past year")))
    else:
        reasons.append(_last_organised(max(0, (day - last).days // 30)))
    return tuple(reasons)


def _last_organised(months: int) -> Message:
    # Separate texts rather than a plural form: models stay free of Qt, and Dutch says "deze maand".
    if months == 0:
        return Message(CTX, QT_TRANSLATE_NOOP("Organisers", "last organised this month"))
    if months == 1:
        return Message(CTX, QT_TRANSLATE_NOOP("Organisers", "last organised a month ago"))
    return Message(CTX, QT_TRANSLATE_NOOP("Organisers", "last organised {months} months ago"), {"months": months})


def _gap_reason(org: Organisation, gap: LinkGap) -> Message:
    names = {"dept": org.department_names.get(gap.department, ""), "other": org.department_names.get(gap.other, "")}
    if gap.links == 0:
        return Message(CTX, QT_TRANSLATE_NOOP("Organisers", "links {dept} and {other}, who did not organise "
                                                            "together this year"), names)
    # The 2 only tells lupdate that this is a plural text (it files one as such only with a literal count); the
    # Message carries the real count.
    return Message(CTX, translate("Organisers", "links {dept} and {other}, who organised together only %n "
                                                "time(s) this year", "", 2), names, gap.links)
