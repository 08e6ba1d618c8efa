"""Injected failures for reliability testing: ``--faults "500:0.05,503:0.05,reset:0.02,slow:0.02"``.

Each request to the public API draws one number from a seeded RNG and gets at most one fault. No fault ever
half-applies a write:

- ``500`` and ``503`` answer *before* the handler runs: nothing was written, the request can be retried as is.
- ``reset`` lets the handler run and commit, then drops the connection after the status line, before the body: the
  write **happened** but the client never sees the answer (what an idempotency strategy must survive).
- ``slow`` reads the whole request, waits ``slow_seconds`` (default 2) *before* the handler, then runs it and
  answers normally. The write happens even if the client gave up meanwhile ("processed, but the answer was lost to
  a timeout"): the handler no longer depends on a client still being there to send the body.

The control surface (``/_sandbox``) is never faulted.
"""

from __future__ import annotations

import random
import threading

FAULT_KINDS = ("500", "503", "reset", "slow")


def parse_faults(spec: str | None) -> dict[str, float]:
    """``"500:0.05,reset:0.02"`` -> ``{"500": 0.05, "reset": 0.02}``; raises ValueError on a bad spec."""
    rates: dict[str, float] = {}
    if not spec:
        return rates
    for part in spec.split(","):
        kind, sep, rate_text = part.strip().partition(":")
        if kind not in FAULT_KINDS or not sep:
            raise ValueError(f"unknown fault {part.strip()!r}: expected one of {', '.join(FAULT_KINDS)} as KIND:RATE")
        rate = float(rate_text)
        if not 0 <= rate <= 1:
            raise ValueError(f"fault rate {rate} for {kind} is not between 0 and 1")
        rates[kind] = rate
    if sum(rates.values()) > 1:
        raise ValueError("fault rates add up to more than 1")
    return rates


class FaultInjector:
    """Draws the fault (if any) for each request from a seeded RNG: the same seed gives the same sequence."""

    def __init__(self, spec: str | None, seed: int | None, slow_seconds: float = 2.0) -> None:
        self.rates = parse_faults(spec)
        self.slow_seconds = slow_seconds
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def configure(self, spec: str | None, seed: int | None = None) -> None:
        rates = parse_faults(spec)
        with self._lock:
            self.rates = rates
            if seed is not None:
                self._rng.seed(seed)

    def draw(self) -> str | None:
        if not self.rates:
            return None
        with self._lock:
            point = self._rng.random()
        for kind in FAULT_KINDS:
            rate = self.rates.get(kind, 0.0)
            if point < rate:
                return kind
            point -= rate
        return None
