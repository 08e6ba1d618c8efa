"""Redis store: every worker of every host draws on one budget (needs the ``redis`` extra: redis-py).

Each pacing decision is one Lua script (:mod:`onerecord._shared.redis_lua`) run atomically by Redis with Redis's
own clock (``TIME``), so the hosts' clocks play no part. The token is stored with its lifetime as TTL, and the fetch
lock is ``SET NX PX``: a worker that dies holding it blocks the others only until it expires. Keys:
``onerecord:{<namespace>}:pacing|token|lock`` (the hash tag keeps a namespace's keys on one cluster slot). The client
secret is never stored; the access token is, readable by whoever can read the Redis.

If Redis restarts, the pacing record is gone: the first reservation after that (from a process that used the record
before) starts with one window of silence, since the requests just sent are no longer known.
"""

from __future__ import annotations

import threading
from typing import Any

from ..errors import SharedStateError
from . import redis_lua
from .protocol import PacingRule, StoredToken, Ticket

__all__ = ["RedisState"]

DEFAULT_TIMEOUT = 2.0
RECORD_TTL_MS = 3_600_000  # an idle namespace's pacing record goes after an hour


class RedisState:
    """A :class:`~onerecord.shared_state.SharedState` in Redis at ``url`` (``redis://[:password@]host:port/db``,
    ``rediss://`` for TLS). ``timeout``: seconds to connect or answer before :class:`SharedStateError`."""

    blocking = True

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError:
            raise SharedStateError(
                "shared_state='redis://...' needs redis-py: pip install 'technema-onerecord[redis]'"
            ) from None
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError,)
        self.timeout = timeout
        self._client: Any = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1),  # one immediate retry on a fresh connection (a restarted server)
        )
        kwargs = self._client.connection_pool.connection_kwargs
        self._where = f"{kwargs.get('host', kwargs.get('path', '?'))}:{kwargs.get('port', '')}/{kwargs.get('db', 0)}"
        self._pacing = self._client.register_script(redis_lua.PACING)
        self._token = self._client.register_script(redis_lua.TOKEN)
        self._known: set[str] = set()  # namespaces whose record this process has used (to detect a lost record)
        self._known_lock = threading.Lock()

    def __repr__(self) -> str:  # never the URL: it may hold a password
        return f"RedisState({self._where!r})"

    def close(self) -> None:
        self._client.close()

    def _run(self, script: Any, keys: list[str], args: list[object]) -> Any:
        try:
            return script(keys=keys, args=args)
        except self._errors as error:
            raise SharedStateError(
                f"the shared state Redis at {self._where} did not answer in time: {type(error).__name__}"
            ) from None

    def _pace(
        self,
        op: str,
        namespace: str,
        rule: PacingRule | None,
        ticket: Ticket | None,
        seconds: float = 0,
        priority: bool = False,
    ) -> Any:
        interval, burst, count, window = (
            (rule.interval, rule.burst, rule.window_count, rule.window) if rule else (0.0, 1, 1, 1.0)
        )
        ident, epoch = (ticket.id, ticket.epoch) if ticket else (0, 0)
        known = "1" if namespace in self._known else "0"
        args = [op, repr(interval), burst, count, repr(window), ident, epoch, repr(seconds), known, RECORD_TTL_MS]
        args.append("1" if priority else "0")
        result = self._run(self._pacing, [_key(namespace, "pacing")], args)
        with self._known_lock:
            self._known.add(namespace)
        return result

    def reserve(self, namespace: str, rule: PacingRule, priority: bool = False) -> Ticket:
        ident, delay, epoch = self._pace("reserve", namespace, rule, None, priority=priority)
        return Ticket(int(ident), float(delay), int(epoch))

    def depart(self, namespace: str, rule: PacingRule, ticket: Ticket) -> float | None:
        answer = _text(self._pace("depart", namespace, rule, ticket))
        return None if answer == "none" else float(answer)

    def finished(self, namespace: str, ticket: Ticket) -> None:
        self._pace("finished", namespace, None, ticket)

    def abandon(self, namespace: str, ticket: Ticket) -> None:
        self._pace("abandon", namespace, None, ticket)

    def pause(self, namespace: str, rule: PacingRule, seconds: float) -> None:
        self._pace("pause", namespace, rule, None, seconds)

    def _tok(self, namespace: str, *args: object) -> Any:
        return self._run(self._token, [_key(namespace, "token"), _key(namespace, "lock")], list(args))

    def read_token(self, namespace: str) -> StoredToken | None:
        answer = self._tok(namespace, "read")
        if not answer:
            return None
        value, fresh, usable = answer
        return StoredToken(_text(value), float(fresh), float(usable))

    def write_token(self, namespace: str, token: StoredToken) -> None:
        self._tok(namespace, "write", token.value, repr(token.fresh_for), repr(token.usable_for))

    def drop_token(self, namespace: str, value: str) -> None:
        self._tok(namespace, "drop", value)

    def lock_token(self, namespace: str, owner: str, seconds: float) -> bool:
        return _text(self._tok(namespace, "lock", owner, repr(seconds))) == "1"

    def unlock_token(self, namespace: str, owner: str) -> None:
        self._tok(namespace, "unlock", owner)


def _key(namespace: str, what: str) -> str:
    return f"onerecord:{{{namespace}}}:{what}"


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
