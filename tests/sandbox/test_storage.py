"""Storage atomicity: multi-row writes (seeding, reset, any request) commit whole or not at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from onerecord.sandbox import create_app, seed
from onerecord.sandbox.state import SandboxState
from onerecord.sandbox.store import Store


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


class _CommitFailsOnce:
    """A connection whose next COMMIT fails, as a full disk or an I/O error would make it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.failed = False

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT" and not self.failed:
            self.failed = True
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)


def test_a_failed_commit_rolls_back_and_the_store_keeps_working() -> None:
    store = Store()
    store._conn.execute("CREATE TABLE t (x INTEGER)")
    real = store._conn
    store._conn = _CommitFailsOnce(real)  # type: ignore[assignment]
    with pytest.raises(sqlite3.OperationalError), store.write() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
    with store.write() as conn:
        conn.execute("INSERT INTO t VALUES (2)")
    assert [row[0] for row in real.execute("SELECT x FROM t")] == [2]
