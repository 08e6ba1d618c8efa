"""Several real processes on one SQLite file or one real Redis: one token, one budget, crashes and restarts survived.

Short real timings (bounded: each test takes a few seconds at most); children are spawned fresh, as workers are.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from shared_support import CountingServer, RedisServer, client_calls, die_in_transaction, reserve_many, warm_up

from onerecord._base_client import SyncAPIClient
from onerecord._hooks import build
from onerecord._shared import PacingRule, resolve
from onerecord.errors import SharedStateError

SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture(params=["sqlite", "redis"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/state.db"
    server: RedisServer = request.getfixturevalue("redis_server")
    return server.url


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    """Four worker processes, spawned once for the module with the client already imported."""
    with ProcessPoolExecutor(4, mp_context=SPAWN, initializer=warm_up) as workers:
        list(workers.map(time.sleep, [0.2] * 4))  # all four up before the first test
        yield workers


def run_workers(pool: ProcessPoolExecutor, count: int, function: object, *args: object) -> list[object]:
    start_at = time.monotonic() + 0.3  # the workers start together
    futures = [pool.submit(function, *args, start_at) for _ in range(count)]  # type: ignore[arg-type]
    return [future.result(timeout=30) for future in futures]


def test_one_token_request_while_the_other_processes_wait(store_url: str, pool: ProcessPoolExecutor) -> None:
    server = CountingServer(token_delay=0.3)  # a slow token route: every worker needs the token at once
    try:
        results = run_workers(pool, 4, client_calls, server.base_url, store_url, 1, {"rate_limit": None})
    finally:
        server.close()
    assert results == [[200]] * 4
    assert server.token_requests == 1


def test_the_pause_after_a_429_holds_every_process(store_url: str, pool: ProcessPoolExecutor) -> None:
    server = CountingServer(refuse={3})
    try:
        results = run_workers(pool, 3, client_calls, server.base_url, store_url, 3, {})
    finally:
        server.close()
    assert sorted(map(len, results)) == [3, 3, 3]  # every call succeeded in the end (the refused one retried)
    refused_at = next(t for t, status in server.api if status == 429)
    inside = [t for t, _ in server.api if refused_at < t < refused_at + 0.99]
    assert inside == []  # nobody, in any process, sent during the second the server asked for
    assert len(server.api) == 10


def test_a_worker_killed_holding_the_token_lock_stalls_the_others_only_until_it_expires(store_url: str) -> None:
    server = CountingServer(hang_first_token=True)
    url = store_url + "?lock_timeout=0.5"
    worker = SPAWN.Process(target=client_calls, args=(server.base_url, url, 1, {"rate_limit": None}, 0.0))
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while server.token_requests == 0 and time.monotonic() < deadline:
            time.sleep(0.01)  # the worker holds the lock and waits for its token answer
        os.kill(worker.pid or 0, signal.SIGKILL)
        worker.join(5)
        started = time.monotonic()
        with build(
            SyncAPIClient, client_id="worker", client_secret="worker-secret", base_url=server.base_url, shared_state=url
        ) as client:
            assert client.request("GET", "/shipment").status_code == 200
        waited = time.monotonic() - started
    finally:
        server.close()
    assert server.token_requests == 2
    assert waited < 2.0


def test_sqlite_under_concurrent_writers(tmp_path: Path, pool: ProcessPoolExecutor) -> None:
    url = f"sqlite:///{tmp_path}/busy.db"
    taken = [slot for result in run_workers(pool, 4, reserve_many, url, 60) for slot in result]  # type: ignore[attr-defined]
    ids = sorted(ident for ident, _ in taken)
    assert ids == list(range(1, 241))  # every reservation got its own slot: no lost update
    with sqlite3.connect(tmp_path / "busy.db") as check:
        (raw,) = check.execute("SELECT record FROM pacing").fetchone()
    slots = json.loads(raw)["slots"]
    planned = [slots[str(ident)][0] for ident in ids]  # the store's own record of each slot's departure time
    gaps = [b - a for a, b in itertools.pairwise(planned)]
    assert min(gaps) >= 0.001 - 1e-9  # spaced by the rule's interval, whichever process reserved them


def test_sqlite_survives_a_process_killed_mid_transaction(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    wiring = resolve(
        f"sqlite:///{path}", owner=object(), base_url="http://127.0.0.1", client_id="c", clock=time.monotonic
    )
    rule = PacingRule(0.2, 1, 5, 1.0)
    wiring.state.reserve(wiring.namespace, rule)
    child = SPAWN.Process(target=die_in_transaction, args=(str(path),))
    child.start()
    child.join(20)
    assert child.exitcode == -signal.SIGKILL
    ticket = wiring.state.reserve(wiring.namespace, rule)  # not locked, and the half-done write is gone
    assert ticket.id == 2
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_redis_restarted_mid_run(redis_server: RedisServer, api_server: CountingServer) -> None:
    strict = build(
        SyncAPIClient,
        client_id="w",
        client_secret="s",
        base_url=api_server.base_url,
        shared_state=redis_server.url + "?timeout=0.3",
    )
    lenient = build(
        SyncAPIClient,
        client_id="w2",
        client_secret="s",
        base_url=api_server.base_url,
        shared_state=redis_server.url + "?timeout=0.3&fallback=local",
    )
    strict.request("GET", "/shipment")
    lenient.request("GET", "/shipment")
    redis_server.stop()
    with pytest.raises(SharedStateError):
        strict.request("GET", "/shipment")  # never sends blind
    with pytest.warns(RuntimeWarning, match="pacing locally"):
        lenient.request("GET", "/shipment")  # asked to carry on alone
    redis_server.start()  # same port, empty: the pacing record and the token are gone
    before = time.monotonic()
    strict.request("GET", "/shipment")
    assert time.monotonic() - before >= 0.9  # a window of silence: the requests sent before the loss are unknown
    strict.request("GET", "/shipment")
    assert [status for _, status in api_server.api] == [200] * 5


def test_hosts_with_skewed_clocks_share_one_token_and_one_budget(
    redis_server: RedisServer, api_server: CountingServer
) -> None:
    """Two "hosts" whose clocks disagree by hours: every decision is made on Redis's clock, so nothing changes."""

    def host(offset: float) -> SyncAPIClient:
        return build(
            SyncAPIClient,
            client_id="skewed",
            client_secret="s",
            base_url=api_server.base_url,
            shared_state=redis_server.url,
            clock=lambda: time.monotonic() + offset,
        )

    behind, ahead = host(-7200.0), host(+7200.0)
    with ThreadPoolExecutor(2) as threads:
        list(threads.map(lambda client: [client.request("GET", "/x") for _ in range(6)], [behind, ahead]))
    assert api_server.token_requests == 1  # the token fetched by one is fresh for the other, whatever its clock
    arrivals = sorted(t for t, _ in api_server.api)
    assert len(arrivals) == 12
    # One 5 req/s budget for both hosts together: never 6 arrivals within a second, as the server counts.
    assert all(arrivals[i + 5] - arrivals[i] >= 1.0 for i in range(len(arrivals) - 5))
