"""Clients of one base URL and client id share one budget and one token: in a process by default, or via a store."""

from __future__ import annotations

import asyncio
import itertools
import os
import sqlite3
import stat
import warnings
from pathlib import Path

import httpx
import pytest
from shared_support import Clock, CountingServer, RedisServer

from onerecord import OneRecord
from onerecord._base_client import AsyncAPIClient, SyncAPIClient
from onerecord._hooks import build
from onerecord._shared import ENV_SHARED_STATE, SharedState
from onerecord._shared.memory import MemoryState
from onerecord.errors import SharedStateError

BASE_URL = "https://api.example.test"
SECRET = "very-secret-value-77"
INTERVAL = 1.02 / 5


class API:
    """An in-memory API behind httpx.MockTransport: counts tokens, records when each call arrives."""

    def __init__(self, clock: Clock, expires_in: int = 1800) -> None:
        self.clock = clock
        self.expires_in = expires_in
        self.tokens = 0
        self.calls: list[tuple[float, str]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"tok-{self.tokens}", "expires_in": self.expires_in})
        self.calls.append((self.clock.now, request.headers["authorization"]))
        return httpx.Response(200, json={})


def make(api: API, clock: Clock, **options: object) -> SyncAPIClient:
    http = httpx.Client(transport=httpx.MockTransport(api.handle))
    defaults: dict[str, object] = {"clock": clock, "sleep": clock.sleep, "rng": lambda: 0.0}
    return build(
        SyncAPIClient,
        client_id="shared-id",
        client_secret=SECRET,
        base_url=BASE_URL,
        http_client=http,
        **{**defaults, **options},
    )


def test_two_instances_in_one_process_share_token_and_pacing_by_default(clock: Clock) -> None:
    api = API(clock)
    first, second = make(api, clock), make(api, clock)
    for _ in range(3):
        first.request("GET", "/a")
        second.request("GET", "/b")
    assert api.tokens == 1
    arrivals = [t for t, _ in api.calls]
    assert all(b - a >= INTERVAL - 1e-9 for a, b in itertools.pairwise(arrivals))  # one budget


def test_opting_out_gives_each_instance_its_own_budget_and_token(clock: Clock) -> None:
    api = API(clock)
    first, second = make(api, clock, shared_state="instance"), make(api, clock, shared_state="instance")
    first.request("GET", "/a")
    second.request("GET", "/b")
    assert api.tokens == 2


def test_other_client_ids_and_base_urls_do_not_share(clock: Clock) -> None:
    api = API(clock)
    make(api, clock).request("GET", "/a")
    http = httpx.Client(transport=httpx.MockTransport(api.handle))
    other = build(
        SyncAPIClient,
        client_id="other-id",
        client_secret=SECRET,
        base_url=BASE_URL,
        http_client=http,
        clock=clock,
        sleep=clock.sleep,
    )
    other.request("GET", "/b")
    assert api.tokens == 2


def test_state_is_forgotten_once_the_last_sharing_client_is_closed(clock: Clock) -> None:
    api = API(clock)
    with make(api, clock) as client:
        client.request("GET", "/a")
    with make(api, clock) as client:
        client.request("GET", "/a")
    assert api.tokens == 2


@pytest.mark.anyio
async def test_sync_and_async_clients_share_one_token(clock: Clock) -> None:
    api = API(clock)
    make(api, clock).request("GET", "/a")

    async def nap(seconds: float) -> None:
        clock.sleep(seconds)

    http = httpx.AsyncClient(transport=httpx.MockTransport(api.handle))
    async with build(
        AsyncAPIClient,
        client_id="shared-id",
        client_secret=SECRET,
        base_url=BASE_URL,
        http_client=http,
        clock=clock,
        sleep=nap,
    ) as client:
        await client.request("GET", "/b")
    assert api.tokens == 1


def test_the_environment_variable_chooses_the_store(
    clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SHARED_STATE, f"sqlite:///{tmp_path}/env.db")
    api = API(clock)
    make(api, clock).request("GET", "/a")
    assert (tmp_path / "env.db").exists()


def test_an_object_implementing_the_protocol_is_accepted(clock: Clock) -> None:
    store = MemoryState(clock)
    assert isinstance(store, SharedState)
    api = API(clock)
    make(api, clock, shared_state=store).request("GET", "/a")
    make(api, clock, shared_state=store).request("GET", "/a")
    assert api.tokens == 1


@pytest.mark.parametrize("value", ["postgres://db/x", "sqlite://host/x.db", "redis://h/0?fallback=maybe", 42])
def test_bad_values_are_refused_without_echoing_them(clock: Clock, value: object) -> None:
    with pytest.raises((ValueError, TypeError)) as caught:
        make(API(clock), clock, shared_state=value)
    assert "postgres://db" not in str(caught.value)


def test_sqlite_locked_too_long_is_a_typed_error(clock: Clock, tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    api = API(clock)
    make(api, clock, shared_state=f"sqlite:///{path}?timeout=0.05").request("GET", "/warm-up")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock and does not let go
    try:
        with pytest.raises(SharedStateError, match="locked"):
            make(API(clock), clock, shared_state=f"sqlite:///{path}?timeout=0.05").request("GET", "/a")
        with pytest.warns(RuntimeWarning, match="pacing locally"):
            fallback = make(api, clock, shared_state=f"sqlite:///{path}?timeout=0.05&fallback=local")
            fallback.request("GET", "/b")
    finally:
        holder.execute("ROLLBACK")
    assert [path_ for _, path_ in api.calls][-1].startswith("Bearer ")


def test_redis_unreachable_is_a_typed_error_and_the_fallback_warns(clock: Clock, tmp_path: Path) -> None:
    from shared_support import free_port, redis_binary

    redis_binary()
    url = f"redis://127.0.0.1:{free_port()}/0?timeout=0.2"
    api = API(clock)
    with pytest.raises(SharedStateError, match="did not answer") as caught:
        make(api, clock, shared_state=url).request("GET", "/a")
    assert isinstance(caught.value.__cause__, type(None))
    assert api.calls == []  # nothing sent without the budget
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        make(api, clock, shared_state=url + "&fallback=local").request("GET", "/a")
    assert any("pacing locally" in str(w.message) for w in seen)
    assert len(api.calls) == 1


def test_the_sqlite_file_is_private_and_never_holds_the_secret(clock: Clock, tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    make(API(clock), clock, shared_state=f"sqlite:///{path}").request("GET", "/a")
    for file in tmp_path.iterdir():  # the database, its WAL and shared-memory files
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
        assert SECRET.encode() not in file.read_bytes()


def test_redis_never_holds_the_secret_and_its_repr_hides_the_password(clock: Clock, redis_server: RedisServer) -> None:
    import redis

    make(API(clock), clock, shared_state=redis_server.url).request("GET", "/a")
    raw = redis.Redis.from_url(redis_server.url)
    keys = raw.keys("*")
    assert keys and all(key.startswith(b"onerecord:{") for key in keys)
    dump = b"".join(raw.dump(key) or b"" for key in keys)
    assert SECRET.encode() not in dump and b"tok-1" in dump
    assert raw.pttl(next(k for k in keys if k.endswith(b":token"))) > 0  # the token goes with its lifetime
    from onerecord._shared.redis import RedisState

    assert "hunter2" not in repr(RedisState("redis://:hunter2@127.0.0.1:1/0"))


def test_onerecord_accepts_the_option(clock: Clock, tmp_path: Path, api_server: CountingServer) -> None:
    with OneRecord(
        client_id="x", client_secret=SECRET, base_url=api_server.base_url, shared_state=f"sqlite:///{tmp_path}/o.db"
    ) as client:
        client.request("GET", "/shipment")
    assert api_server.token_requests == 1


def test_redis_tests_fail_in_ci_and_skip_elsewhere_without_redis_server(monkeypatch: pytest.MonkeyPatch) -> None:
    from shared_support import redis_binary

    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the Redis tests"):
        redis_binary()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="apt-get install redis-server"):
        redis_binary()


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["sqlite", "redis"])
async def test_async_clients_use_the_blocking_stores_from_worker_threads(
    kind: str, tmp_path: Path, api_server: CountingServer, request: pytest.FixtureRequest
) -> None:
    url = f"sqlite:///{tmp_path}/a.db" if kind == "sqlite" else request.getfixturevalue("redis_server").url
    clients = [
        build(
            AsyncAPIClient,
            client_id="a",
            client_secret=SECRET,
            base_url=api_server.base_url,
            shared_state=url,
            rate_limit=50,
        )
        for _ in range(2)
    ]
    results = await asyncio.gather(*(c.request("GET", "/x") for c in clients for _ in range(4)))
    for client in clients:
        await client.aclose()
    assert [r.status_code for r in results] == [200] * 8
    assert api_server.token_requests == 1
