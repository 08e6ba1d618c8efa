"""Storage atomicity: multi-row writes (seeding, reset, any request) commit whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from onerecord.sandbox import create_app, seed
from onerecord.sandbox.state import SandboxState


def _shipments(state: SandboxState) -> int:
    with state.store.read() as conn:
        count: int = conn.execute("SELECT COUNT(*) FROM shipment").fetchone()[0]
        return count


def _fail_after(monkeypatch: pytest.MonkeyPatch, calls: int) -> None:
    """Make the demo seeding raise once ``calls`` shipments have been written."""
    original = seed._extras
    done = {"n": 0}

    def extras(*args: Any) -> None:
        done["n"] += 1
        if done["n"] > calls:
            raise RuntimeError("disk on fire")
        original(*args)

    monkeypatch.setattr(seed, "_extras", extras)


def test_a_reset_that_fails_half_way_keeps_the_old_data(monkeypatch: pytest.MonkeyPatch) -> None:
    state: SandboxState = create_app(seed="demo", rate_limit=0).state.sandbox
    before = _shipments(state)
    _fail_after(monkeypatch, 50)
    with pytest.raises(RuntimeError):
        seed.reset(state, "demo")
    assert _shipments(state) == before == seed.DEMO_SHIPMENTS


def test_a_first_seeding_that_fails_half_way_is_done_again_on_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "sandbox.db")
    _fail_after(monkeypatch, 50)
    with pytest.raises(RuntimeError):
        create_app(seed="demo", db=db)
    monkeypatch.undo()
    state: SandboxState = create_app(seed="demo", db=db, rate_limit=0).state.sandbox
    assert _shipments(state) == seed.DEMO_SHIPMENTS
