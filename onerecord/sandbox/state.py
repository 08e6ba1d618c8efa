"""Everything one sandbox instance holds: storage, clock, tokens, limits, faults and an id source."""

from __future__ import annotations

import random
import threading
import uuid
from dataclasses import dataclass, field

from .auth import TokenStore
from .clock import SandboxClock, iso
from .faults import FaultInjector
from .ratelimit import RateLimiter
from .store import Store


class IdFactory:
    """UUIDv4 values from a seeded RNG, so a sandbox started with ``rng_seed`` hands out the same ids each run."""

    def __init__(self, seed: int | None) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            bits = self._rng.getrandbits(128)
        return str(uuid.UUID(int=bits, version=4))


@dataclass
class SandboxState:
    store: Store
    clock: SandboxClock
    tokens: TokenStore
    limiter: RateLimiter
    faults: FaultInjector
    new_id: IdFactory = field(default_factory=lambda: IdFactory(None))

    def now_iso(self) -> str:
        return iso(self.clock())
