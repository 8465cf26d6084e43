"""What an occasion is called, for lists, calendars and print: "Jan de Vries 50 jaar — Abraham/Sarah"."""

from __future__ import annotations

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.occasions import Kind, Occasion
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy

CTX = "Occasion"

KIND_NAMES = {
    Kind.BIRTHDAY: QT_TRANSLATE_NOOP("Occasion", "Birthday"),
    Kind.WORK_ANNIVERSARY: QT_TRANSLATE_NOOP("Occasion", "Work anniversary"),
    Kind.FIRST_DAY: QT_TRANSLATE_NOOP("Occasion", "First day"),
    Kind.FAREWELL: QT_TRANSLATE_NOOP("Occasion", "Farewell"),
    Kind.BIRTH: QT_TRANSLATE_NOOP("Occasion", "Birth"),
    Kind.WEDDING: QT_TRANSLATE_NOOP("Occasion", "Wedding"),
    Kind.GET_WELL: QT_TRANSLATE_NOOP("Occasion", "Get well"),
    Kind.CONDOLENCE: QT_TRANSLATE_NOOP("Occasion", "Condolence"),
    Kind.CUSTOM: QT_TRANSLATE_NOOP("Occasion", "Other occasion"),
    Kind.MONTHLY_TREAT: QT_TRANSLATE_NOOP("Occasion", "Monthly treat"),
}


def kind_name(kind: Kind) -> Message:
    return Message(CTX, KIND_NAMES[kind])


def what(occasion: Occasion, policy: OccasionPolicy = DEFAULT_POLICY) -> Message:
    """The occasion without the name: "50 jaar — Abraham/Sarah", "12,5 jaar in dienst", "Eerste werkdag"."""
    if occasion.kind is Kind.BIRTHDAY:
        if occasion.age is None:
            return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "Birthday"))
        label = policy.age_label(occasion.age) if occasion.milestone else None
        if label is not None:
            return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "{age} years — {label}"),
                           {"age": occasion.age, "label": label})
        return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "{age} years"), {"age": occasion.age})
    if occasion.kind is Kind.WORK_ANNIVERSARY and occasion.years is not None:
        label = policy.anniversary_label(occasion.years)
        if label is not None:
            return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "{years} years of service — {label}"),
                           {"years": occasion.years, "label": label})
        return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "{years} years of service"), {"years": occasion.years})
    if occasion.kind is Kind.BIRTH and occasion.child_name:
        return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "Birth of {child}"), {"child": occasion.child_name})
    if occasion.kind is Kind.CUSTOM and occasion.title:
        return Message(CTX, "{title}", {"title": occasion.title})
    return kind_name(occasion.kind)


def title(occasion: Occasion, name: str, policy: OccasionPolicy = DEFAULT_POLICY) -> Message:
    """The name and what it is: "Jan de Vries 50 jaar — Abraham/Sarah", "Eerste werkdag: Eva Smit"."""
    if not name:
        return what(occasion, policy)
    if occasion.kind is Kind.BIRTHDAY and occasion.age is None:
        return Message(CTX, QT_TRANSLATE_NOOP("Occasion", "Birthday of {name}"), {"name": name})
    if occasion.kind in (Kind.BIRTHDAY, Kind.WORK_ANNIVERSARY):
        return Message(CTX, "{name} {what}", {"name": name, "what": what(occasion, policy)})
    return Message(CTX, "{what}: {name}", {"name": name, "what": what(occasion, policy)})
