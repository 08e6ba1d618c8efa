"""The clock, sleep and random source of a client, replaceable by tests without being part of the public API.

Retries, pacing and token expiry depend on time and on jitter; tests replace them to run without real waits and
deterministically. They used to be constructor keywords, which put test plumbing in every user's signature and
autocompletion. Now a test builds its client with :func:`build` (or inside :func:`installed`), and the client's
constructor picks the hooks up from a context variable, so they stay per thread and per task (safe under
pytest-xdist, threads and asyncio). ``with_options`` copies share the original's hooks.

Nothing here is public: the module may change with the tests that use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["Hooks", "build", "current", "installed"]

C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class Hooks:
    """Replacements for ``time.monotonic``, ``time.sleep``/``asyncio.sleep`` and ``random.random``; ``None`` keeps
    the real one. ``sleep`` is awaited by the async client, called by the sync one."""

    clock: Callable[[], float] | None = None
    sleep: Callable[[float], Any] | None = None
    rng: Callable[[], float] | None = None


_REAL = Hooks()
_CURRENT: ContextVar[Hooks | None] = ContextVar("onerecord_test_hooks", default=None)


def current() -> Hooks:
    """The hooks a client constructed now takes (none replaced outside :func:`installed`)."""
    return _CURRENT.get() or _REAL


@contextmanager
def installed(
    *,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Any] | None = None,
    rng: Callable[[], float] | None = None,
) -> Iterator[None]:
    """Clients constructed inside the block use these hooks."""
    token = _CURRENT.set(Hooks(clock, sleep, rng))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def build(
    factory: Callable[..., C],
    /,
    *,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Any] | None = None,
    rng: Callable[[], float] | None = None,
    **kwargs: Any,
) -> C:
    """``factory(**kwargs)`` (a client class) constructed with the given hooks."""
    with installed(clock=clock, sleep=sleep, rng=rng):
        return factory(**kwargs)
