"""Bulk work over a whole register (a year's plan, a year's connections, a suggestion weighing everyone's
turns) without the cyclic collector's pauses.

Such work creates a few hundred thousand objects that live until it ends (occasions, plans, heap entries).
Python's cyclic garbage collector walks the long-lived ones again at every full collection, which cost a
year's plan for 20,000 colleagues about 40% of its time. Reference counting still frees everything the
moment it is no longer used; only the search for reference cycles waits until the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def bulk_work() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
