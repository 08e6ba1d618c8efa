"""Client-side pacing so that a correct program never meets the API's 5 requests/second limit.

Two rules:

1. Spacing (a token bucket in its "virtual scheduling" form, GCRA): requests leave at most ``rate`` per second,
   ``burst`` at once after an idle period. The store keeps the theoretical time of the next free slot; each caller
   *reserves* a slot (a short atomic step) and sleeps outside it, so threads and asyncio tasks share one limiter
   without blocking the event loop, served in arrival order.
2. Window: the server counts requests in a sliding one-second window, and a request reaches it some time after it
   leaves us (a new connection's TCP/TLS handshake can take 100 ms). Spacing alone cannot see that: if the first of
   six requests is slow on the wire and the sixth is fast, both land in the same second and the sixth gets a 429.
   So a request leaves no earlier than ``window`` after the finish (or, if still in flight, the departure) of the
   request ``N = floor(rate)`` places before it. This is checked again when the slot is *due*, not only when it is
   reserved: with many threads a slot is reserved seconds ahead, before the request it is measured against has even
   left, and only at departure is that request's finish time (an upper bound of when the server counted it) known.

Spacing also keeps a 2% safety margin (4.9 req/s for a 5 req/s limit) for the requests still in flight.

The state lives in a :class:`~onerecord.shared_state.SharedState` under the client's namespace (base URL + client
id): by default one shared by this process's clients of that namespace, or a SQLite file or Redis shared by many
processes (see :mod:`onerecord._shared`); the rules themselves are :mod:`onerecord._shared.pacing`.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from ._logging import logger
from ._shared.memory import MemoryState
from ._shared.protocol import PacingRule, SharedState, Ticket
from .errors import SharedStateError

__all__ = ["RateLimiter", "Slot"]

DEFAULT_RATE = 5.0
DEFAULT_MARGIN = 0.02

_T = TypeVar("_T")


class Slot:
    """One reserved departure. ``delay`` is how long to wait; tell the limiter when the request has finished."""

    __slots__ = ("delay", "ticket")

    def __init__(self, ticket: Ticket) -> None:
        self.ticket = ticket
        self.delay = ticket.delay

    def __repr__(self) -> str:
        return f"Slot(delay={self.delay!r})"


class RateLimiter:
    """Pacing for one client: at most ``rate`` requests per second, bursts of ``burst``.

    ``clock`` is a monotonic clock in seconds (inject a fake one in tests) for the default private store; ``state``
    and ``namespace`` place the pacing record in a shared store instead. Sleeping is done by the caller's ``sleep``
    so the same limiter serves sync and async code.
    """

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        *,
        burst: int = 1,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        state: SharedState | None = None,
        namespace: str = "",
    ) -> None:
        if not rate > 0:
            raise ValueError(f"rate_limit must be a positive number of requests per second, or None; got {rate!r}")
        if burst < 1:
            raise ValueError(f"burst must be >= 1, got {burst!r}")
        if margin < 0:
            raise ValueError(f"margin must be >= 0, got {margin!r}")
        self.rate = rate
        self.burst = burst
        self.interval = (1.0 + margin) / rate
        # The window rule: at most ``window_count`` requests per ``window`` seconds.
        self.window_count = max(1, math.floor(rate))
        self.window = self.window_count / rate
        self.rule = PacingRule(self.interval, burst, self.window_count, self.window)
        self.state: SharedState = state if state is not None else MemoryState(clock)
        self.namespace = namespace

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"

    def reserve(self, priority: bool = False) -> Slot:
        """Claim the next slot: wait ``slot.delay`` seconds, then :meth:`depart`, send, and :meth:`finished`.

        ``priority`` takes the earliest slot not yet due (for the token request, which the other calls wait for).
        """
        return Slot(self.state.reserve(self.namespace, self.rule, priority))

    def depart(self, slot: Slot) -> float | None:
        """At the slot's time: 0 to send now, seconds to wait more (window rule), None if a pause revoked it."""
        return self.state.depart(self.namespace, self.rule, slot.ticket)

    def finished(self, slot: Slot) -> None:
        """Record that ``slot``'s request got its answer (or failed) now: it reached the server by this time.

        Best effort: the request is over, so a store failing now must not turn its answer into an error (the slot then
        counts as in flight from its departure, and expires).
        """
        self._record(self.state.finished, self.namespace, slot.ticket)

    def acquire(self, sleep: Callable[[float], None], priority: bool = False) -> Slot:
        """Wait for a slot (blocking the thread) and return it."""
        while True:
            slot = self.reserve(priority)
            try:
                delay = self.depart(slot) if slot.delay <= 0 else slot.delay
                while delay is not None and delay > 0:
                    sleep(delay)
                    delay = self.depart(slot)
            except BaseException:
                self._abandon(slot)
                raise
            if delay is not None:
                return slot

    async def acquire_async(self, sleep: Callable[[float], Awaitable[None]], priority: bool = False) -> Slot:
        """Wait for a slot without blocking the event loop and return it.

        A blocking store (SQLite, Redis) is called in a worker thread. If the task is cancelled while waiting, its slot
        is given up so that later slots do not wait for it.
        """
        while True:
            slot = Slot(await self._call(self.state.reserve, self.namespace, self.rule, priority))
            try:
                delay: float | None = slot.delay
                if slot.delay <= 0:
                    delay = await self._call(self.state.depart, self.namespace, self.rule, slot.ticket)
                while delay is not None and delay > 0:
                    await sleep(delay)
                    delay = await self._call(self.state.depart, self.namespace, self.rule, slot.ticket)
            except BaseException:
                self._abandon(slot)
                raise
            if delay is not None:
                return slot

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (the server asked us to back off, e.g. with 429 + ``Retry-After``).

        Every thread, task (and, with a shared store, process) of the namespace waits, not only the one that got the
        429, and slots already handed out that fall inside the pause are revoked (their callers are still sleeping
        towards them and reserve again when they wake).
        """
        if seconds > 0:
            self._record(self.state.pause, self.namespace, self.rule, seconds)

    def _record(self, function: Callable[..., None], *args: Any) -> None:
        """Bookkeeping after an answer: best effort (the caller has its answer, a failing store must not replace it
        with an error) and, inside an event loop with a blocking store, done in a worker thread without waiting."""
        asyncio = sys.modules.get("asyncio")  # not imported: no event loop can be running
        try:
            loop = asyncio.get_running_loop() if asyncio is not None else None
        except RuntimeError:
            loop = None
        if loop is not None and self.state.blocking:
            loop.run_in_executor(None, self._quietly, function, *args)
        else:
            self._quietly(function, *args)

    @staticmethod
    def _quietly(function: Callable[..., None], *args: Any) -> None:
        try:
            function(*args)
        except SharedStateError as error:
            logger.warning("onerecord: shared pacing bookkeeping skipped: %s", error)

    def give_back(self, slot: Slot) -> None:
        """The caller will not send through ``slot`` after all: the requests measured against it need not wait."""
        self._abandon(slot)

    def _abandon(self, slot: Slot) -> None:
        self._record(self.state.abandon, self.namespace, slot.ticket)  # else the slot expires by itself

    async def _call(self, function: Callable[..., _T], *args: Any) -> _T:
        if self.state.blocking:
            import asyncio  # not at the top: sync users never load asyncio

            return await asyncio.to_thread(function, *args)
        return function(*args)
