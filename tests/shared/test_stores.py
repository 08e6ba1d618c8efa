"""The three stores apply the same pacing and token rules (Redis in Lua, with its own clock).

Each scenario runs on memory, SQLite (injected clock: no real waiting) and a real Redis (Redis's clock: the rule is
scaled down to milliseconds and waits are short real sleeps, with a tolerance). ``other()`` opens a second store on
the same backend, standing for another process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from shared_support import Clock, RedisServer

from onerecord._shared import PacingRule, SharedState, StoredToken
from onerecord._shared.memory import MemoryState
from onerecord._shared.sqlite import SqliteState

NS = "namespace"


class Backend:
    def __init__(
        self,
        make: Callable[[], SharedState],
        wait: Callable[[float], None],
        tolerance: float,
        clock: Callable[[], float],
    ) -> None:
        self.make = make
        self.clock = clock
        self.wait = wait
        self.tolerance = tolerance
        self.store = make()

    def other(self) -> SharedState:
        return self.make()

    def approx(self, expected: Any) -> Any:
        return pytest.approx(expected, abs=self.tolerance)


@pytest.fixture(params=["memory", "sqlite", "redis"])
def backend(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Backend:
    if request.param == "memory":
        state = MemoryState(clock)
        return Backend(lambda: state, clock.sleep, 1e-9, clock)
    if request.param == "sqlite":
        path = tmp_path / "state.db"
        return Backend(lambda: SqliteState(path, clock=clock), clock.sleep, 1e-9, clock)
    from onerecord._shared.redis import RedisState

    server: RedisServer = request.getfixturevalue("redis_server")
    return Backend(lambda: RedisState(server.url), time.sleep, 0.02, time.monotonic)


RULE = PacingRule(interval=0.02, burst=1, window_count=5, window=0.1)  # 50 req/s: short enough for real time


def test_spacing_and_window_at_reservation(backend: Backend) -> None:
    planned = [backend.store.reserve(NS, RULE).delay + backend.clock() for _ in range(6)]
    assert [t - planned[0] for t in planned] == backend.approx([0.0, 0.02, 0.04, 0.06, 0.08, 0.1])


def test_window_checked_again_when_the_slot_is_due(backend: Backend) -> None:
    """The request five places earlier finished late: the sixth, reserved before that was known, waits for it."""
    store, other = backend.store, backend.other()
    first = store.reserve(NS, RULE)
    assert store.depart(NS, RULE, first) == 0.0
    later = [other.reserve(NS, RULE) for _ in range(5)]
    backend.wait(0.03)
    store.finished(NS, first)  # its answer came after 30 ms: it may have reached the server only then
    backend.wait(0.07)  # the sixth slot's planned time (0.1)
    extra = other.depart(NS, RULE, later[-1])
    assert extra == backend.approx(0.03)  # 0.1 after the first request's finish, not after its departure


def test_a_pause_revokes_slots_of_every_process(backend: Backend) -> None:
    store, other = backend.store, backend.other()
    assert store.depart(NS, RULE, store.reserve(NS, RULE)) == 0.0
    waiting = other.reserve(NS, RULE)  # another process holds the next slot
    store.pause(NS, RULE, 0.2)  # this one got a 429
    backend.wait(waiting.delay)
    assert other.depart(NS, RULE, waiting) is None
    assert other.reserve(NS, RULE).delay == backend.approx(0.18)


def test_a_slot_waits_for_its_predecessor_to_leave_unless_abandoned(backend: Backend) -> None:
    tickets = [backend.store.reserve(NS, RULE) for _ in range(6)]
    backend.wait(0.1)
    assert backend.store.depart(NS, RULE, tickets[5]) == backend.approx(0.02)  # a short poll: the first is not out
    backend.store.abandon(NS, tickets[0])  # its task was cancelled
    assert backend.store.depart(NS, RULE, tickets[5]) == 0.0


def test_a_slot_waits_for_the_answer_of_its_predecessor(backend: Backend) -> None:
    store = backend.store
    first = store.reserve(NS, RULE)
    assert store.depart(NS, RULE, first) == 0.0
    later = [store.reserve(NS, RULE) for _ in range(5)]
    backend.wait(0.1)  # the sixth is due, the first has no answer yet: where it reached the server is unknown
    assert store.depart(NS, RULE, later[-1]) == backend.approx(0.02)
    store.finished(NS, first)  # answered now: the sixth may leave a window later
    assert store.depart(NS, RULE, later[-1]) == backend.approx(0.1)


def test_the_token_request_takes_the_next_slot_instead_of_queueing(backend: Backend) -> None:
    queue = [backend.store.reserve(NS, RULE) for _ in range(4)]
    first = backend.clock() + queue[0].delay  # when the first slot was planned
    urgent = backend.other().reserve(NS, RULE, priority=True)
    victim = next(ticket for ticket in queue if ticket.id == urgent.id)  # the earliest slot not yet due
    assert urgent.delay <= 0.02 + backend.tolerance
    backend.wait(max(urgent.delay, 0.0))
    assert backend.store.depart(NS, RULE, victim) is None  # its owner finds it taken, and queues again
    assert backend.other().depart(NS, RULE, urgent) == 0.0
    assert backend.store.reserve(NS, RULE).delay + backend.clock() - first == backend.approx(0.08)  # the queue's end


def test_slots_are_never_used_twice(backend: Backend) -> None:
    ticket = backend.store.reserve(NS, RULE)
    assert backend.store.depart(NS, RULE, ticket) == 0.0
    assert backend.store.depart(NS, RULE, ticket) is None


def test_namespaces_are_independent(backend: Backend) -> None:
    backend.store.reserve(NS, RULE)
    assert backend.store.reserve("another client", RULE).delay == 0.0


def test_token_is_stored_with_its_lifetimes(backend: Backend) -> None:
    store, other = backend.store, backend.other()
    assert store.read_token(NS) is None
    store.write_token(NS, StoredToken("tok-1", 0.05, 0.08))
    token = other.read_token(NS)
    assert token is not None and token.value == "tok-1"
    assert (token.fresh_for, token.usable_for) == (backend.approx(0.05), backend.approx(0.08))
    backend.wait(0.09)
    assert other.read_token(NS) is None  # gone once no longer usable (Redis: its TTL)


def test_a_refused_token_is_dropped_only_if_still_current(backend: Backend) -> None:
    backend.store.write_token(NS, StoredToken("tok-2", 10, 20))
    backend.store.drop_token(NS, "tok-1")
    assert backend.store.read_token(NS) is not None
    backend.other().drop_token(NS, "tok-2")
    assert backend.store.read_token(NS) is None


def test_the_fetch_lock_is_exclusive_and_expires(backend: Backend) -> None:
    store, other = backend.store, backend.other()
    assert store.lock_token(NS, "worker-a", 0.05)
    assert not other.lock_token(NS, "worker-b", 0.05)
    other.unlock_token(NS, "worker-b")  # not its lock: no effect
    assert not other.lock_token(NS, "worker-b", 0.05)
    backend.wait(0.06)  # worker-a died holding it
    assert other.lock_token(NS, "worker-b", 0.05)
    other.unlock_token(NS, "worker-b")
    assert store.lock_token(NS, "worker-a", 0.05)
