"""One budget per client id across instances and processes (issue 12), against the sandbox at 5 req/s.

Setups, all with the same client id (demo-forwarder) against one sandbox:

- ``sqlite``: 4 processes x 8 threads, ``shared_state="sqlite:///<tmp>/state.db"``;
- ``redis``: 4 processes x 8 threads, ``shared_state="redis://..."`` (a redis-server started on a free port, or
  ``--redis-url``);
- ``two-instances``: 2 ``OneRecord``-style clients in one process, 8 threads each, default settings;
- ``baseline``: 4 processes x 8 threads with ``shared_state="instance"`` (nothing shared: what main did).

Each runs with the sandbox's default token lifetime (1800 s) and with ``--token-ttl`` (20 s by default), so that
renewals happen under load. Printed per run: aggregate successful calls per second within the measured window, 429s
seen on the wire (every process's httpx hook), token requests of the whole group, errors that reached callers.

Targets: >= 4.7 req/s, 0 x 429, token requests = those of one client alone (1 per 60 s at 1800 s; one per renewal,
about 6, at 20 s).

Run: .venv/bin/python bench/shared_pacing.py [--seconds 60] [--setups sqlite,redis,two-instances] [--token-ttl 20]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import httpx

from onerecord._base_client import SyncAPIClient
from onerecord.errors import OneRecordError

CLIENT = ("demo-forwarder", "demo-forwarder-secret")


@dataclass
class Outcome:
    answers: list[tuple[float, int, bool]] = field(default_factory=list)  # (time.monotonic, status, token route)
    errors: list[str] = field(default_factory=list)


def run_clients(
    base_url: str, shared_state: str | None, instances: int, threads: int, start: float, end: float
) -> Outcome:
    """``instances`` clients of one process, ``threads`` threads each, calling from ``start`` until ``end``."""
    outcome = Outcome()
    lock = threading.Lock()

    def hook(response: httpx.Response) -> None:
        entry = (time.monotonic(), response.status_code, response.request.url.path.endswith("/oauth2/token"))
        with lock:
            outcome.answers.append(entry)

    clients = [
        SyncAPIClient(
            client_id=CLIENT[0],
            client_secret=CLIENT[1],
            base_url=base_url,
            http_client=httpx.Client(event_hooks={"response": [hook]}),
            shared_state=shared_state,
        )
        for _ in range(instances)
    ]

    def worker(client: SyncAPIClient) -> None:
        time.sleep(max(0.0, start - time.monotonic()))
        while time.monotonic() < end:
            try:
                client.request("GET", "/shipment", params={"page[limit]": "1"})
            except OneRecordError as error:
                with lock:
                    outcome.errors.append(type(error).__name__)

    pool = [threading.Thread(target=worker, args=(c,)) for c in clients for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    for client in clients:
        client._http.close()
    return outcome


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server), or pass --redis-url")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(500):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                break
            time.sleep(0.01)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.kill()
        process.wait()


def run_setup(name: str, base_url: str, state: str | None, seconds: float, pool: ProcessPoolExecutor) -> None:
    start = time.monotonic() + 2.0  # every process and thread starts together
    end = start + seconds
    if name == "two-instances":
        outcomes = [run_clients(base_url, state, 2, 8, start, end)]
    else:
        futures = [pool.submit(run_clients, base_url, state, 1, 8, start, end) for _ in range(4)]
        outcomes = [f.result() for f in futures]
    answers = [a for o in outcomes for a in o.answers]
    ok = [t for t, status, is_token in answers if status == 200 and not is_token and start <= t <= end]
    refused = sum(1 for _, status, _ in answers if status == 429)
    tokens = sum(1 for _, status, is_token in answers if is_token and status == 200)
    errors = [e for o in outcomes for e in o.errors]
    print(
        f"  {name:<14} {len(ok) / seconds:5.2f} req/s   429s: {refused:3d}   token requests: {tokens:2d}   "
        f"errors reaching callers: {len(errors)}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--setups", default="sqlite,redis,two-instances")
    parser.add_argument("--token-ttl", type=int, default=20, help="the short token lifetime run (0: skip it)")
    parser.add_argument("--redis-url", default=None)
    args = parser.parse_args()
    setups = args.setups.split(",")

    from onerecord.sandbox import Sandbox

    lifetimes = [1800] + ([args.token_ttl] if args.token_ttl else [])
    with contextlib.ExitStack() as stack:
        redis_url = args.redis_url or (stack.enter_context(redis_server()) if "redis" in setups else None)
        directory = stack.enter_context(tempfile.TemporaryDirectory())
        pool = stack.enter_context(ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("spawn")))
        list(pool.map(time.sleep, [0.1] * 4))  # the worker processes are up before the clock starts
        print(f"shared pacing: sandbox at 5 req/s, one client id, {args.seconds:.0f} s per run (machine loaded)")
        for lifetime in lifetimes:
            print(f"token lifetime {lifetime} s:")
            for index, name in enumerate(setups):
                with Sandbox(seed="demo", token_ttl=lifetime) as sandbox:
                    state = {
                        "sqlite": f"sqlite:///{directory}/state-{lifetime}-{index}.db",
                        "redis": redis_url,
                        "two-instances": None,
                        "baseline": "instance",
                    }[name]
                    if name == "redis" and redis_url is not None:
                        import redis

                        redis.Redis.from_url(redis_url).flushdb()  # a new sandbox: forget the last run's token
                    run_setup(name, sandbox.base_url, state, args.seconds, pool)


if __name__ == "__main__":
    main()
