"""What to do for an occasion, for how much, by how many organisers: the organisation's policy table.

Defaults fit a Dutch office. Ideas are listed as alternatives so a colleague never gets the same idea as
at their previous celebration; food ideas are adjusted to the celebrant's dietary needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from desktop.models.colleague import Colleague
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.occasions import Kind, Occasion

CTX = "GiftPolicy"


@dataclass(frozen=True)
class Idea:
    text: str  # source text (translatable) or the manager's own words
    food: bool = False  # a treat or a lunch: dietary needs matter
    gift: bool = False  # something to choose: the celebrant's likes help


@dataclass(frozen=True)
class GiftRule:
    kind: Kind
    milestone: bool | None  # None: either
    value: Fraction | None  # a specific age or number of years (50, 25), None: any
    ideas: tuple[Idea, ...]
    budget_cents: int
    organisers: int
    lead_days: int  # start planning this many days before
    effort: float  # weight of one organiser's turn in the fair rotation

    def matches(self, occasion: Occasion) -> bool:
        if self.kind is not occasion.kind:
            return False
        if self.milestone is not None and self.milestone != occasion.milestone:
            return False
        if self.value is None:
            return True
        reached = occasion.age if occasion.kind is Kind.BIRTHDAY else occasion.years
        return reached is not None and Fraction(reached) == self.value

    @property
    def specificity(self) -> int:
        return (self.value is not None) * 2 + (self.milestone is not None)


def _idea(text: str, food: bool = False, gift: bool = False) -> Idea:
    return Idea(text, food, gift)


# One gathering a month for that month's plain birthdays, on the day most of them work.
MONTHLY_TREAT = Idea(
    QT_TRANSLATE_NOOP("GiftPolicy", "Monthly treat: celebrate this month's birthdays together"), food=True
)
MONTHLY_TREAT_RULE = GiftRule(Kind.MONTHLY_TREAT, None, None, (MONTHLY_TREAT,), budget_cents=3_000, organisers=2,
                              lead_days=7, effort=2.0)

# kind, milestone, value | ideas | budget (cents), organisers, lead days, effort
DEFAULT_RULES: tuple[GiftRule, ...] = (
    GiftRule(Kind.BIRTHDAY, False, None,
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A card signed by the team and a moment at coffee"), food=True),),
             budget_cents=500, organisers=1, lead_days=7, effort=1.0),
    GiftRule(Kind.BIRTHDAY, True, None,
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A gift and a treat for the team"), food=True, gift=True),
              _idea(QT_TRANSLATE_NOOP("GiftPolicy", "A gift voucher and cake at coffee"), food=True, gift=True)),
             budget_cents=3_500, organisers=2, lead_days=21, effort=2.0),
    GiftRule(Kind.BIRTHDAY, True, Fraction(50),
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "Abraham/Sarah: a decorated workplace, a gift and a treat"),
                    food=True, gift=True),),
             budget_cents=5_000, organisers=2, lead_days=28, effort=3.0),
    GiftRule(Kind.WORK_ANNIVERSARY, False, None,
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A card and flowers"), gift=True),
              _idea(QT_TRANSLATE_NOOP("GiftPolicy", "A card and a small gift"), gift=True)),
             budget_cents=2_000, organisers=1, lead_days=14, effort=1.0),
    GiftRule(Kind.WORK_ANNIVERSARY, True, Fraction(25, 2),
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A gift from the organisation and a treat"),
                    food=True, gift=True),),
             budget_cents=7_500, organisers=2, lead_days=42, effort=2.0),
    *(GiftRule(Kind.WORK_ANNIVERSARY, True, Fraction(years),
               (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A gift, a reception and a speech"), food=True, gift=True),),
               budget_cents=budget, organisers=2, lead_days=56, effort=4.0)
      for years, budget in ((25, 25_000), (40, 35_000), (50, 40_000))),
    GiftRule(Kind.BIRTH, None, None, (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A kraamcadeau and a card"), gift=True),),
             budget_cents=4_000, organisers=2, lead_days=7, effort=2.0),
    GiftRule(Kind.WEDDING, None, None,
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A wedding gift and a card"), gift=True),),
             budget_cents=5_000, organisers=2, lead_days=21, effort=2.0),
    GiftRule(Kind.FIRST_DAY, None, None,
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A welcome lunch with a buddy from another department"),
                    food=True),),
             budget_cents=2_000, organisers=2, lead_days=14, effort=2.0),
    GiftRule(Kind.FAREWELL, None, None,
             (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "Farewell drinks and a gift"), food=True, gift=True),),
             budget_cents=7_500, organisers=2, lead_days=28, effort=3.0),
    GiftRule(Kind.GET_WELL, None, None, (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "Flowers and a get-well card")),),
             budget_cents=2_500, organisers=1, lead_days=2, effort=1.0),
    GiftRule(Kind.CONDOLENCE, None, None, (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "A condolence card and flowers")),),
             budget_cents=3_500, organisers=1, lead_days=2, effort=1.0),
    GiftRule(Kind.CUSTOM, None, None, (_idea(QT_TRANSLATE_NOOP("GiftPolicy", "Organise the gathering"), food=True),),
             budget_cents=0, organisers=2, lead_days=42, effort=3.0),
    MONTHLY_TREAT_RULE,
)


QUIET_IDEA = Idea(QT_TRANSLATE_NOOP("GiftPolicy", "Quiet: a personal word or card from you, no team celebration"))


@dataclass(frozen=True)
class GiftSuggestion:
    rule: GiftRule
    idea: Idea
    what: Message  # the idea, personalised


def rule_key(occasion: Occasion) -> tuple[Kind, bool, object]:
    """What `rule_for` looks at: occasions with the same key get the same rule (for callers that cache it)."""
    return occasion.kind, occasion.milestone, occasion.age if occasion.kind is Kind.BIRTHDAY else occasion.years


def rule_for(occasion: Occasion, rules: tuple[GiftRule, ...] = DEFAULT_RULES) -> GiftRule:
    matching = [rule for rule in rules if rule.matches(occasion)]
    if not matching and occasion.kind is Kind.MONTHLY_TREAT:
        return MONTHLY_TREAT_RULE
    if not matching:
        return GiftRule(occasion.kind, None, None, (Idea(QT_TRANSLATE_NOOP("GiftPolicy", "A card")),), 0, 1, 7, 1.0)
    return max(matching, key=lambda rule: rule.specificity)


def treat_rule(rules: tuple[GiftRule, ...] = DEFAULT_RULES) -> GiftRule:
    """The policy for the monthly treat (a policy stored before it had one: the default)."""
    return next((rule for rule in rules if rule.kind is Kind.MONTHLY_TREAT), MONTHLY_TREAT_RULE)


def suggest_gift(
    occasion: Occasion,
    colleague: Colleague | None,
    previous_idea: str | None = None,
    rules: tuple[GiftRule, ...] = DEFAULT_RULES,
    rule: GiftRule | None = None,
) -> GiftSuggestion:
    """The rule's first idea that differs from `previous_idea`, personalised for `colleague`. A quiet colleague
    gets a personal word from the manager instead of a team celebration. `rule`: rule_for's answer, when the
    caller knows it already."""
    rule = rule_for(occasion, rules) if rule is None else rule
    if occasion.quiet:
        return GiftSuggestion(rule, QUIET_IDEA, Message(CTX, QUIET_IDEA.text))
    fresh = [idea for idea in rule.ideas if idea.text != previous_idea]
    idea = fresh[0] if fresh else rule.ideas[0]
    return GiftSuggestion(rule, idea, personalise(idea, colleague))


def personalise(idea: Idea, colleague: Colleague | None) -> Message:
    what = Message(CTX, idea.text)
    if colleague is None:
        return what
    if idea.food and colleague.dietary.strip():
        what = Message(
            CTX,
            QT_TRANSLATE_NOOP("GiftPolicy", "{what} (make the treat {dietary})"),
            {"what": what, "dietary": colleague.dietary.strip()},
        )
    if idea.gift and colleague.likes.strip():
        what = Message(
            CTX,
            QT_TRANSLATE_NOOP("GiftPolicy", "{what}; likes: {likes}"),
            {"what": what, "likes": colleague.likes.strip()},
        )
    return what
