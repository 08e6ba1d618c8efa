"""Sustained throughput with default pacing against a server that enforces 5 requests/second.

The server is a real HTTP server on 127.0.0.1 that keeps a sliding log of the requests it accepted in the last
second (token requests included) and answers 429 with ``Retry-After: 1`` to any request that would be the sixth.
Several threads share one client with default settings for 20 s of real time.

Targets: at least 4.75 req/s achieved, and zero 429s.

Run: .venv/bin/python bench/pacing_throughput.py [--seconds 20] [--threads 4] [--async]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from onerecord._base_client import AsyncAPIClient, SyncAPIClient

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
        self.answer({"access_token": "bench-token", "expires_in": 3600, "token_type": "Bearer"})

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


def run_sync(base_url: str, seconds: float, threads: int) -> int:
    calls = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    with SyncAPIClient(client_id="bench", client_secret="bench-secret", base_url=base_url) as client:

        def worker() -> None:
            nonlocal calls
            while time.monotonic() < deadline:
                client.request("GET", "/shipment")
                with lock:
                    calls += 1

        pool = [threading.Thread(target=worker) for _ in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    return calls


async def run_async(base_url: str, seconds: float, tasks: int) -> int:
    calls = 0
    deadline = time.monotonic() + seconds
    async with AsyncAPIClient(client_id="bench", client_secret="bench-secret", base_url=base_url) as client:

        async def worker() -> None:
            nonlocal calls
            while time.monotonic() < deadline:
                await client.request("GET", "/shipment")
                calls += 1

        await asyncio.gather(*(worker() for _ in range(tasks)))
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=4, help="threads (or tasks with --async) sharing the client")
    parser.add_argument("--async", dest="use_async", action="store_true")
    args = parser.parse_args()

    server = SlidingWindowServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    started = time.monotonic()
    if args.use_async:
        calls = asyncio.run(run_async(base_url, args.seconds, args.threads))
    else:
        calls = run_sync(base_url, args.seconds, args.threads)
    server.shutdown()

    # Requests the server accepted inside the measured window (the last waiters finish slightly after it).
    in_window = [t for t in server.accepted if t <= started + args.seconds]
    busiest = max(sum(1 for u in in_window if t - WINDOW < u <= t) for t in in_window)
    mode = f"{args.threads} {'tasks' if args.use_async else 'threads'}"
    print(f"pacing: default settings, {mode}, {args.seconds:.0f} s against a {LIMIT} req/s sliding-window server")
    print(f"  achieved: {len(in_window) / args.seconds:.2f} req/s ({len(in_window)} requests incl. 1 token request)")
    print(f"  API calls completed: {calls} in {time.monotonic() - started:.2f} s")
    print(f"  429 responses: {server.refused}")
    print(f"  busiest rolling second seen by the server: {busiest} requests")


if __name__ == "__main__":
    main()
