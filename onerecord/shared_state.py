"""Public names for sharing one client id's pacing and tokens across clients, processes and hosts.

``OneRecord(shared_state="sqlite:///onerecord-state.db")`` (one host) or ``"redis://host:6379/0"`` (many hosts); see
the README's "Running many workers". To use another store, implement :class:`SharedState` (the built-in stores and
:mod:`onerecord._shared.pacing`, the rules as a pure function, show how) and pass the object as ``shared_state``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._shared import ENV_SHARED_STATE, PacingRule, SharedState, StoredToken, Ticket, namespace_for
from ._shared.memory import MemoryState
from ._shared.sqlite import SqliteState
from .errors import SharedStateError

if TYPE_CHECKING:
    from ._shared.redis import RedisState

__all__ = [
    "ENV_SHARED_STATE",
    "MemoryState",
    "PacingRule",
    "RedisState",
    "SharedState",
    "SharedStateError",
    "SqliteState",
    "StoredToken",
    "Ticket",
    "namespace_for",
]


def __getattr__(name: str) -> object:
    if name == "RedisState":  # imported on use: redis-py is an optional extra
        from ._shared.redis import RedisState

        return RedisState
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
