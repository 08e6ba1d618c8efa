"""Storage atomicity: multi-row writes (seeding, reset, any request) commit whole or not at all."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox, SandboxTransport, create_app, seed
from onerecord.sandbox.state import SandboxState
from onerecord.sandbox.store import Store

OAUTH = "/authentication/oauth2/token"


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


def test_concurrent_writers_over_a_socket_and_in_process_share_one_consistent_store() -> None:
    """uvicorn's thread and an in-process transport's thread write to the same app at once: the duplicate-import
    check and the insert stay one atomic step (each HAWB+MAWB pair is created exactly once), and nothing fails."""
    app = create_app(seed="empty", rate_limit=0)
    body = {"orderReference": "I-ONERECORD", "departure": "NRT", "departureCountry": "JP", "arrival": "CDG"}
    body |= {"arrivalCountry": "FR", "quantityExpected": 1, "mawbNumber": "057-1"}
    statuses: list[int] = []
    guard = threading.Lock()
    with Sandbox(app) as sandbox:
        transport = SandboxTransport(app)

        def create_all(over_socket: bool) -> None:
            options: dict[str, Any] = {"base_url": sandbox.base_url}
            if not over_socket:
                options = {"transport": transport, "base_url": "http://localhost"}
            with httpx.Client(**options) as client:
                client_id, secret = DEMO_CREDENTIALS["forwarder"]
                form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
                client.headers["Authorization"] = "Bearer " + client.post(OAUTH, data=form).json()["access_token"]
                for n in range(10):
                    status = client.post("/shipment", json={**body, "hawbNumber": f"H{n}"}).status_code
                    with guard:
                        statuses.append(status)

        threads = [threading.Thread(target=create_all, args=(i % 2 == 0,)) for i in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        transport.close()
    assert sorted(set(statuses)) == [201, 409]
    assert statuses.count(201) == 10 and statuses.count(409) == 50
    assert _shipments(app.state.sandbox) == 10
