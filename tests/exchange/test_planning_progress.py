"""Planning many months reports per occasion and stops at Cancel, having written nothing."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.exchange.demo import write_demo
from desktop.exchange.planning import plan_period
from desktop.models.progress import Cancelled, Progress
from desktop.store.celebrations import Celebrations

TODAY = date(2026, 12, 2)
START, END = date(2026, 12, 2), date(2027, 11, 30)


class Recorded(Progress):
    def __init__(self, cancel_after: int | None = None):
        super().__init__()
        self.phases: list[tuple[str, int]] = []
        self.steps: list[int] = []
        self.cancel_after = cancel_after

    def start(self, phase, total=0):
        super().start(phase, total)
        self.phases.append((phase.source, total))

    def step(self, done):
        super().step(done)
        self.steps.append(done)
        if done == self.cancel_after:
            self.cancel()


@pytest.fixture
def organisation(register):
    write_demo(register, people=150, seed=3, today=TODAY)
    return register


def test_every_occasion_is_reported_and_the_plans_are_the_same(organisation):
    progress = Recorded()
    proposals = plan_period(organisation, START, END, progress)
    assert proposals == plan_period(organisation, START, END)  # reporting changes nothing
    assert [source for source, _ in progress.phases] == ["Finding the occasions in the period…",
                                                         "Choosing organisers, occasion by occasion…"]
    assert progress.phases[1][1] == len(proposals) > 50
    assert progress.steps == list(range(1, len(proposals) + 1))


def test_cancel_stops_at_the_next_occasion_and_writes_nothing(organisation, db_path):
    stored = Celebrations(organisation.db).all()
    before = db_path.read_bytes()
    progress = Recorded(cancel_after=10)
    with pytest.raises(Cancelled):
        plan_period(organisation, START, END, progress)
    assert progress.steps == list(range(1, 11))  # it stopped at the report after Cancel
    assert Celebrations(organisation.db).all() == stored
    assert db_path.read_bytes() == before
