"""One token request per renewal for a whole namespace, whatever the number of clients, processes and hosts.

The client's own single-flight (:mod:`onerecord._auth`) makes one caller per client the *leader*; the leader then asks
the store: a fresh token another client stored is adopted; otherwise it takes the namespace's fetch lock (with a
timeout, so a worker that dies holding it stalls the others no longer than that), fetches, stores the token and
releases the lock. Leaders of other clients that find the lock taken poll the store until the token appears or the
lock is free again (then one of them fetches: a failed fetch is retried by the next leader, not by every waiter).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from .protocol import SharedState, StoredToken

__all__ = ["DEFAULT_LOCK_SECONDS", "POLL_SECONDS", "SharedTokens"]

_R = TypeVar("_R")

DEFAULT_LOCK_SECONDS = 10.0  # a token request, paced behind a full queue and retried, fits well inside
POLL_SECONDS = 0.05


class SharedTokens:
    """The token side of a :class:`SharedState` for one namespace, as seen by one client."""

    def __init__(self, state: SharedState, namespace: str, *, lock_seconds: float = DEFAULT_LOCK_SECONDS) -> None:
        self.state = state
        self.namespace = namespace
        self.lock_seconds = lock_seconds
        self.poll = POLL_SECONDS
        self._owner = uuid.uuid4().hex

    def __repr__(self) -> str:
        return f"SharedTokens({self.state!r})"

    @property
    def blocking(self) -> bool:
        return self.state.blocking

    def plan(self) -> StoredToken | bool:
        """A fresh stored token; else True if this client now holds the fetch lock, False if another one does."""
        stored = self.state.read_token(self.namespace)
        if stored is not None and stored.fresh_for > 0:
            return stored
        if not self.state.lock_token(self.namespace, self._owner, self.lock_seconds):
            return False
        stored = self.state.read_token(self.namespace)  # stored between our read and our lock?
        if stored is not None and stored.fresh_for > 0:
            self.state.unlock_token(self.namespace, self._owner)
            return stored
        return True

    def publish(self, token: StoredToken) -> None:
        """Store the token just fetched and release the lock."""
        try:
            self.state.write_token(self.namespace, token)
        finally:
            self.release()

    def release(self) -> None:
        self.state.unlock_token(self.namespace, self._owner)

    def drop(self, value: str) -> None:
        self.state.drop_token(self.namespace, value)

    def lead(
        self,
        fetch: Callable[[], str],
        adopt: Callable[[StoredToken], str],
        to_share: Callable[[str], StoredToken],
        sleep: Callable[[float], None],
    ) -> str:
        """The token for the client's fetching caller: adopted from the store, or fetched under the lock and shared."""
        while True:
            plan = self.plan()
            if isinstance(plan, StoredToken):
                return adopt(plan)
            if plan:
                try:
                    token = fetch()
                except BaseException:
                    self.release()
                    raise
                self.publish(to_share(token))
                return token
            sleep(self.poll)  # another client is fetching: its token will be in the store

    async def alead(
        self,
        fetch: Callable[[], Awaitable[str]],
        adopt: Callable[[StoredToken], str],
        to_share: Callable[[str], StoredToken],
        sleep: Callable[[float], Awaitable[None]],
    ) -> str:
        """Async twin of :meth:`lead`; a blocking store is called in a worker thread."""
        while True:
            plan = await self.call(self.plan)
            if isinstance(plan, StoredToken):
                return adopt(plan)
            if plan:
                try:
                    token = await fetch()
                except BaseException:
                    await self.call(self.release)
                    raise
                await self.call(self.publish, to_share(token))
                return token
            await sleep(self.poll)

    async def call(self, function: Callable[..., _R], *args: Any) -> _R:
        """``function(*args)``, in a worker thread if the store may block (the event loop keeps running)."""
        if self.state.blocking:
            import asyncio  # not at the top: sync users never load asyncio

            return await asyncio.to_thread(function, *args)
        return function(*args)
