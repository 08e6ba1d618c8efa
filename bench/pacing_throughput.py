"""Sustained throughput with default pacing against a server that enforces 5 requests/second.

The server is a real HTTP server on 127.0.0.1 that keeps a sliding log of the requests it accepted in the last
second (token requests included) and answers 429 with ``Retry-After: 1`` to any request that would be the sixth.
Several threads share one client with default settings for 20 s of real time.

With ``--sandbox`` the same client runs instead against the project's sandbox server (uvicorn on 127.0.0.1, its own
per-client rolling-second limiter), listing shipments; 429s are then counted on the client side with an httpx hook.

Targets: at least 4.75 req/s achieved, and zero 429s. Under contention (issue 11: 16 threads or tasks, 0-40 ms of
random network delay before each request leaves, 60 s, optionally a 20 s token lifetime so renewals happen under
load): zero 429s and at least 4.5 req/s.

Run: .venv/bin/python bench/pacing_throughput.py [--seconds 20] [--threads 4] [--async] [--sandbox]
     [--jitter-ms 40] [--token-ttl 20]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from onerecord._base_client import AsyncAPIClient, SyncAPIClient
from onerecord.errors import OneRecordError

LIMIT = 5
WINDOW = 1.0


class SlidingWindowServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.recent: collections.deque[float] = collections.deque()
        self.accepted: list[float] = []
        self.refused = 0
        self.tokens = 0
        self.token_ttl = 3600

    def admit(self) -> bool:
        """Sliding one-second log: refuse when LIMIT requests were already accepted in the last WINDOW seconds."""
        with self.lock:
            now = time.monotonic()
            while self.recent and self.recent[0] <= now - WINDOW:
                self.recent.popleft()
            if len(self.recent) >= LIMIT:
                self.refused += 1
                return False
            self.recent.append(now)
            self.accepted.append(now)
            return True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SlidingWindowServer

    def do_GET(self) -> None:
        self.answer({"data": [], "metadata": {"next": None}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server.tokens += 1
        token = {"access_token": f"bench-token-{self.server.tokens}", "expires_in": self.server.token_ttl}
        self.answer({**token, "token_type": "Bearer"})

    def answer(self, body: object) -> None:
        if self.server.admit():
            self.reply(200, body, {})
        else:
            self.reply(429, {"message": "Too Many Requests"}, {"Retry-After": "1"})

    def reply(self, status: int, body: object, headers: dict[str, str]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass


class Jitter(httpx.BaseTransport):
    """A network that holds each request 0..``ms`` milliseconds (uniformly at random) before it leaves."""

    def __init__(self, ms: float) -> None:
        self.seconds = ms / 1000.0
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(random.uniform(0.0, self.seconds))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncJitter(httpx.AsyncBaseTransport):
    def __init__(self, ms: float) -> None:
        self.seconds = ms / 1000.0
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(random.uniform(0.0, self.seconds))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class Seen:
    """Client-side record of every answer (token route included): when it came and with which status."""

    def __init__(self) -> None:
        self.answers: list[tuple[float, int, bool]] = []
        self.errors: list[str] = []  # exceptions that reached the callers

    def hook(self, response: httpx.Response) -> None:
        is_token = response.request.url.path.endswith("/oauth2/token")
        self.answers.append((time.monotonic(), response.status_code, is_token))

    async def ahook(self, response: httpx.Response) -> None:
        self.hook(response)


def run_sync(
    base_url: str, seconds: float, threads: int, credentials: tuple[str, str], seen: Seen, jitter_ms: float = 0.0
) -> int:
    calls = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    transport = Jitter(jitter_ms) if jitter_ms else None
    http_client = httpx.Client(event_hooks={"response": [seen.hook]}, transport=transport)
    client_id, secret = credentials
    with SyncAPIClient(client_id=client_id, client_secret=secret, base_url=base_url, http_client=http_client) as client:

        def worker() -> None:
            nonlocal calls
            while time.monotonic() < deadline:
                try:
                    client.request("GET", "/shipment")
                except OneRecordError as error:  # e.g. a RateLimitError once retries are used up
                    seen.errors.append(type(error).__name__)
                    continue
                with lock:
                    calls += 1

        pool = [threading.Thread(target=worker) for _ in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    http_client.close()
    return calls


async def run_async(
    base_url: str, seconds: float, tasks: int, credentials: tuple[str, str], seen: Seen, jitter_ms: float = 0.0
) -> int:
    calls = 0
    deadline = time.monotonic() + seconds
    transport = AsyncJitter(jitter_ms) if jitter_ms else None
    http_client = httpx.AsyncClient(event_hooks={"response": [seen.ahook]}, transport=transport)
    client_id, secret = credentials
    async with AsyncAPIClient(
        client_id=client_id, client_secret=secret, base_url=base_url, http_client=http_client
    ) as client:

        async def worker() -> None:
            nonlocal calls
            while time.monotonic() < deadline:
                try:
                    await client.request("GET", "/shipment")
                except OneRecordError as error:
                    seen.errors.append(type(error).__name__)
                    continue
                calls += 1

        await asyncio.gather(*(worker() for _ in range(tasks)))
    await http_client.aclose()
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=4, help="threads (or tasks with --async) sharing the client")
    parser.add_argument("--async", dest="use_async", action="store_true")
    parser.add_argument("--sandbox", action="store_true", help="run against onerecord.sandbox instead of the mock")
    parser.add_argument("--jitter-ms", type=float, default=0.0, help="random 0..N ms network delay per request")
    parser.add_argument("--token-ttl", type=int, default=None, help="token lifetime in seconds (default: 1800/3600)")
    args = parser.parse_args()

    with contextlib.ExitStack() as stack:
        if args.sandbox:
            from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

            ttl = {"token_ttl": args.token_ttl} if args.token_ttl else {}
            base_url = stack.enter_context(Sandbox(seed="demo", **ttl)).base_url
            credentials = DEMO_CREDENTIALS["forwarder"]
            server = None
        else:
            server = SlidingWindowServer()
            server.token_ttl = args.token_ttl or 3600
            threading.Thread(target=server.serve_forever, daemon=True).start()
            stack.callback(server.shutdown)
            base_url = f"http://127.0.0.1:{server.server_address[1]}"
            credentials = ("bench", "bench-secret")
        seen = Seen()
        started = time.monotonic()
        if args.use_async:
            calls = asyncio.run(run_async(base_url, args.seconds, args.threads, credentials, seen, args.jitter_ms))
        else:
            calls = run_sync(base_url, args.seconds, args.threads, credentials, seen, args.jitter_ms)
        finished = time.monotonic()

    # Requests answered inside the measured window (the last waiters finish slightly after it).
    in_window = [t for t, status, _ in seen.answers if status != 429 and t <= started + args.seconds]
    tokens = sum(1 for _, status, is_token in seen.answers if is_token and status == 200)
    refused = sum(1 for _, status, _ in seen.answers if status == 429)
    target = "the sandbox" if args.sandbox else f"a {LIMIT} req/s sliding-window mock server"
    mode = f"{args.threads} {'tasks' if args.use_async else 'threads'}"
    extras = f", 0-{args.jitter_ms:g} ms jitter" if args.jitter_ms else ""
    extras += f", token lifetime {args.token_ttl} s" if args.token_ttl else ""
    print(f"pacing: default settings, {mode}{extras}, {args.seconds:.0f} s against {target}")
    rate = len(in_window) / args.seconds
    print(f"  achieved: {rate:.2f} req/s ({len(in_window)} requests incl. {tokens} token requests)")
    print(f"  API calls completed: {calls} in {finished - started:.2f} s; errors reaching callers: {len(seen.errors)}")
    print(f"  429 responses: {refused}" + (f" (server counted {server.refused})" if server is not None else ""))
    if server is not None:
        accepted = [t for t in server.accepted if t <= started + args.seconds]
        busiest = max(sum(1 for u in accepted if t - WINDOW < u <= t) for t in accepted)
        print(f"  busiest rolling second seen by the server: {busiest} requests")


if __name__ == "__main__":
    main()
