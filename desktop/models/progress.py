"""What long work (a large import, a first publish) tells the one who waits for it, and how they stop it.

The work calls `start` for each phase and `step` as it goes; the window reads `snapshot` from another thread
and calls `cancel`, after which the work's next report raises Cancelled. Work that writes does so in one
transaction, so a cancelled run leaves the file as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.i18n import Message


class Cancelled(Exception):
    """The person chose Cancel: the work stopped and changed nothing."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    phase: Message | None
    done: int
    total: int  # 0: not known (a busy bar)


class Progress:
    """Reports of one run. Plain attribute writes only: safe to read from another thread."""

    def __init__(self) -> None:
        self._phase: Message | None = None
        self._done = 0
        self._total = 0
        self._cancelled = False

    def start(self, phase: Message, total: int = 0) -> None:
        self._check()
        self._phase, self._done, self._total = phase, 0, total

    def step(self, done: int) -> None:
        self._check()
        self._done = done

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def snapshot(self) -> Snapshot:
        return Snapshot(self._phase, self._done, self._total)

    def _check(self) -> None:
        if self._cancelled:
            raise Cancelled


def every(count: int, progress: Progress | None, done: int, step: int = 500) -> None:
    """Report `done` to `progress` (if any) every `step` items and at the end of `count`."""
    if progress is not None and (done % step == 0 or done == count):
        progress.step(done)
