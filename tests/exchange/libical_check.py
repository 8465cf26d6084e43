"""What libical (the library under Evolution and GNOME Calendar) says about iCalendar files.

Run with the system Python, which has PyGObject and libical's GObject bindings (Debian python3-gi and
gir1.2-ical-3.0); the project's venv cannot import `gi`. Prints one JSON object: how many components of
each kind were checked, and every problem — the parser's and `check_restrictions()`'s X-LIC-ERROR
properties — with the file, the component and its UID.

libical stops checking a calendar at its first failing component, so each component is checked in a
calendar of its own (with the file's calendar properties) to hear about every one.

    /usr/bin/python3 tests/exchange/libical_check.py FILE.ics...
"""

import json
import sys
from collections import Counter

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

ANY = ICalGLib.ComponentKind.ANY_COMPONENT
ERROR = ICalGLib.PropertyKind.XLICERROR_PROPERTY


def children(component):
    found, child = [], component.get_first_component(ANY)
    while child is not None:
        found.append(child)
        child = component.get_next_component(ANY)
    return found


def errors(component, uid=""):
    """(kind, uid, message) of every X-LIC-ERROR in the component and the components inside it."""
    kind = ICalGLib.Component.kind_to_string(component.isa())
    uid = (component.get_uid() or uid) if kind == "VEVENT" else uid
    found, prop = [], component.get_first_property(ERROR)
    while prop is not None:
        found.append((kind, uid, prop.get_xlicerror()))
        prop = component.get_next_property(ERROR)
    for child in children(component):
        found.extend(errors(child, uid))
    return found


def count(component, kinds):
    kinds[ICalGLib.Component.kind_to_string(component.isa())] += 1
    for child in children(component):
        count(child, kinds)


def alone(calendar, component):
    """A calendar with the file's calendar properties and only this component."""
    wrapper = ICalGLib.Component.new_vcalendar()
    prop = calendar.get_first_property(ICalGLib.PropertyKind.ANY_PROPERTY)
    while prop is not None:
        if prop.get_property_name() != "X-LIC-ERROR":
            wrapper.add_property(prop.clone())
        prop = calendar.get_next_property(ICalGLib.PropertyKind.ANY_PROPERTY)
    wrapper.add_component(component.clone())
    return wrapper


def check(path, kinds):
    with open(path, encoding="utf-8") as file:
        calendar = ICalGLib.Component.new_from_string(file.read())
    if calendar is None:
        return [{"file": path, "component": "", "uid": "", "problem": "libical cannot parse the file"}]
    count(calendar, kinds)
    found = Counter(errors(calendar))  # the parser's
    inner = children(calendar) or [None]
    for component in inner:
        wrapper = alone(calendar, component) if component is not None else calendar.clone()
        before = Counter(errors(wrapper))
        wrapper.check_restrictions()
        for problem, times in (Counter(errors(wrapper)) - before).items():
            if problem[0] != "VCALENDAR" or problem not in found:  # the calendar's own: once, not per event
                found[problem] += times
    return [{"file": path, "component": kind, "uid": uid, "problem": message}
            for (kind, uid, message), times in found.items() for _ in range(times)]


def main(paths):
    kinds, problems = Counter(), []
    for path in paths:
        problems.extend(check(path, kinds))
    json.dump({"components": dict(kinds), "problems": problems}, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
