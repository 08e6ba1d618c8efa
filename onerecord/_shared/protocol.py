"""The contract between the client and a store of pacing and token state shared by several clients.

A client id's 5 requests/second and its tokens belong to the client id, not to a Python object: every client using
the same base URL and client id (one *namespace*) must draw on one budget. A :class:`SharedState` is that budget's
home. It makes each pacing decision atomically, with its own clock (so clients on hosts with skewed clocks agree),
and keeps the cached token and a lock so that one token request serves every client of the namespace.

Built-in stores: :class:`~onerecord.shared_state.MemoryState` (one process), :class:`~.SqliteState` (processes of
one host), :class:`~.RedisState` (any number of hosts). Another store implements this protocol; the rules it must
apply are those of :mod:`onerecord._shared.pacing` (a pure function of the stored record and the store's clock).

Every method may raise :class:`~onerecord.errors.SharedStateError` when the store cannot answer in time; the client
then fails the call rather than send without knowing the budget (unless the user asked for a local fallback).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Protocol, runtime_checkable

__all__ = ["PacingRule", "SharedState", "StoredToken", "Ticket"]


@dataclass(frozen=True)
class PacingRule:
    """What the limiter enforces (see :mod:`onerecord._ratelimit`): spacing and the rolling window.

    ``interval`` is the spacing between departures (the rate plus its safety margin), ``burst`` how many may leave at
    once after an idle period, and at most ``window_count`` requests may reach the server in ``window`` seconds.
    """

    interval: float
    burst: int
    window_count: int
    window: float


class Ticket(NamedTuple):
    """A reserved departure: wait ``delay`` seconds, then ask the store whether it may leave (``depart``).

    ``epoch`` counts the pauses (429s) the store had seen when the slot was reserved: a pause that comes later
    revokes the slots it falls on.
    """

    id: int
    delay: float
    epoch: int


class StoredToken(NamedTuple):
    """A cached access token and how long (seconds from now, by the store's clock) it stays fresh and usable.

    Fresh: use it for new calls. Usable: still valid, so a call that already holds a pacing slot sends with it rather
    than wait for a renewal (waiting would make every such call leave at once when the new token arrives).
    """

    value: str
    fresh_for: float
    usable_for: float


@runtime_checkable
class SharedState(Protocol):
    """Pacing and token state shared by every client of a namespace (base URL + client id).

    ``blocking`` says whether the methods may block on I/O (the async client then calls them in a worker thread).
    Durations are seconds; times never cross the interface, so the store's clock is the only one that matters.
    """

    blocking: bool

    # -- pacing ---------------------------------------------------------------------------------------------------
    def reserve(self, namespace: str, rule: PacingRule, priority: bool = False) -> Ticket:
        """Claim the next departure slot (spacing, window rule and any pause applied).

        ``priority`` (the token request, which the other calls wait for) takes the earliest slot not yet due from its
        owner instead of queueing at the end; the owner's :meth:`depart` then answers ``None`` and it queues again.
        """
        ...

    def depart(self, namespace: str, rule: PacingRule, ticket: Ticket) -> float | None:
        """At the slot's time: ``0`` to leave now (recorded as departed), seconds to wait more, ``None`` if revoked."""
        ...

    def finished(self, namespace: str, ticket: Ticket) -> None:
        """The slot's request got its answer (or failed): it reached the server by now."""
        ...

    def abandon(self, namespace: str, ticket: Ticket) -> None:
        """The slot will not be used after all (its caller was cancelled, or gave it back before sending)."""
        ...

    def pause(self, namespace: str, rule: PacingRule, seconds: float) -> None:
        """The server asked for silence (429): nobody in the namespace departs for ``seconds``."""
        ...

    # -- token ----------------------------------------------------------------------------------------------------
    def read_token(self, namespace: str) -> StoredToken | None:
        """The cached token, unless it is no longer usable."""
        ...

    def write_token(self, namespace: str, token: StoredToken) -> None:
        """Cache ``token`` for the namespace (the store forgets it once ``usable_for`` has passed)."""
        ...

    def drop_token(self, namespace: str, value: str) -> None:
        """Forget the cached token if it is still ``value`` (the API refused it)."""
        ...

    def lock_token(self, namespace: str, owner: str, seconds: float) -> bool:
        """Take the namespace's token-fetch lock for at most ``seconds``; False if someone else holds it."""
        ...

    def unlock_token(self, namespace: str, owner: str) -> None:
        """Release the lock if ``owner`` still holds it."""
        ...
