"""Token single flight under contention: 1,000 calls from 16 threads, then from 100 asyncio tasks.

Each client starts with an empty token cache and the mock token route answers slowly (50 ms), so every worker
arrives while the first token request is still in flight. The figure that matters is the number of token requests
the server saw: it must be exactly 1 per client.

Run: .venv/bin/python bench/auth_single_flight.py
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from onerecord._base_client import AsyncAPIClient, SyncAPIClient

CALLS = 1_000
THREADS = 16
TASKS = 100
TOKEN_DELAY = 0.05
TOKEN_PATH = "/authentication/oauth2/token"
OPTIONS = {
    "client_id": "bench",
    "client_secret": "bench-secret",
    "base_url": "https://api.bench.test",
    "rate_limit": None,
}


class Counter:
    def __init__(self) -> None:
        self.token_requests = 0
        self.api_requests = 0
        self.lock = threading.Lock()

    def count(self, request: httpx.Request) -> bool:
        is_token = request.url.path == TOKEN_PATH
        with self.lock:
            if is_token:
                self.token_requests += 1
            else:
                self.api_requests += 1
        return is_token


TOKEN = {"access_token": "bench-token", "expires_in": 1800, "token_type": "Bearer"}


def run_threads() -> Counter:
    counter = Counter()

    def handler(request: httpx.Request) -> httpx.Response:
        if counter.count(request):
            time.sleep(TOKEN_DELAY)
            return httpx.Response(200, json=TOKEN)
        assert request.headers["authorization"] == "Bearer bench-token"
        return httpx.Response(200, json={"ok": True})

    with SyncAPIClient(**OPTIONS, http_client=httpx.Client(transport=httpx.MockTransport(handler))) as client:  # type: ignore[arg-type]
        barrier = threading.Barrier(THREADS)

        def worker(calls: int) -> None:
            barrier.wait()
            for _ in range(calls):
                client.request("GET", "/shipment")

        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            share = [CALLS // THREADS + (1 if i < CALLS % THREADS else 0) for i in range(THREADS)]
            list(pool.map(worker, share))
    return counter


async def run_tasks() -> Counter:
    counter = Counter()

    async def handler(request: httpx.Request) -> httpx.Response:
        if counter.count(request):
            await asyncio.sleep(TOKEN_DELAY)
            return httpx.Response(200, json=TOKEN)
        return httpx.Response(200, json={"ok": True})

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncAPIClient(**OPTIONS, http_client=http_client) as client:  # type: ignore[arg-type]

        async def worker(calls: int) -> None:
            for _ in range(calls):
                await client.request("GET", "/shipment")

        await asyncio.gather(*(worker(CALLS // TASKS) for _ in range(TASKS)))
    await http_client.aclose()
    return counter


def main() -> None:
    started = time.perf_counter()
    threads = run_threads()
    print(
        f"threads: {threads.api_requests} calls from {THREADS} threads -> token requests: {threads.token_requests} "
        f"({time.perf_counter() - started:.2f} s)"
    )
    started = time.perf_counter()
    tasks = asyncio.run(run_tasks())
    print(
        f"tasks:   {tasks.api_requests} calls from {TASKS} tasks -> token requests: {tasks.token_requests} "
        f"({time.perf_counter() - started:.2f} s)"
    )


if __name__ == "__main__":
    main()
