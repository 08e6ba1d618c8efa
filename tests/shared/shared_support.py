"""A real ``redis-server`` on a free loopback port, started and stopped by the tests (no fakeredis).

Without the binary the Redis tests are skipped on a developer machine, with the command that installs it; in CI
(``CI=true``) they fail instead, so CI can never pass without running them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

INSTALL_HINT = (
    "redis-server is not installed: `sudo apt-get install redis-server` (Debian/Ubuntu) or `brew install redis`"
)


def redis_binary() -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{INSTALL_HINT}; CI must run the Redis tests (.ci/run installs it)")
        pytest.skip(INSTALL_HINT)
    return binary


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """One ``redis-server`` process; :meth:`stop` and :meth:`start` again on the same port simulate a restart."""

    def __init__(self, directory: Path) -> None:
        self.binary = redis_binary()
        self.directory = directory
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        for _ in range(5):  # another xdist worker may take the port between our probe and the bind
            port = self.port or free_port()
            command = [self.binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
            command += ["--dir", str(self.directory), "--protected-mode", "no"]
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if self._ready(port):
                self.port = port
                return
            self.stop()
        raise RuntimeError("redis-server did not start")

    def _ready(self, port: int) -> bool:
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return True
            except OSError:
                pass
            time.sleep(0.01)
        return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=5)
            self.process = None


class Clock:
    """A monotonic clock that moves only when told to (the sleeps of the clients advance it)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class CountingServer(ThreadingHTTPServer):
    """A tiny One Record stand-in on a free port: issues tokens, answers API calls, and logs every arrival.

    ``token_delay``: seconds before a token answer; ``hang_first_token``: the first token request is never answered
    (its sender gets killed); ``refuse``: API arrival numbers (1-based) answered 429 with ``Retry-After: 1``.
    """

    daemon_threads = True

    def __init__(self, *, token_delay: float = 0.0, hang_first_token: bool = False, refuse: set[int] | None = None):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.token_delay = token_delay
        self.hang_first_token = hang_first_token
        self.refuse = refuse or set()
        self.lock = threading.Lock()
        self.token_requests = 0
        self.api: list[tuple[float, int]] = []  # (arrival, status)
        self.release = threading.Event()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def close(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CountingServer

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.server.lock:
            self.server.token_requests += 1
            number = self.server.token_requests
        if number == 1 and self.server.hang_first_token:
            self.server.release.wait(30)
            return
        time.sleep(self.server.token_delay)
        self._reply(200, {"access_token": f"token-{number}", "expires_in": 1800, "token_type": "Bearer"})

    def do_GET(self) -> None:
        with self.server.lock:
            number = len(self.server.api) + 1
            status = 429 if number in self.server.refuse else 200
            self.server.api.append((time.monotonic(), status))
        if status == 429:
            self._reply(429, {"message": "slow down"}, {"Retry-After": "1"})
        else:
            self._reply(200, {"ok": True})

    def _reply(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass


def warm_up() -> None:
    """Pool initializer: import the client once per worker process, not in every test."""
    import onerecord._base_client  # noqa: F401


def client_calls(base_url: str, shared_state: str, calls: int, extra: dict[str, Any], start_at: float) -> list[int]:
    """Child process body: one client making ``calls`` calls from ``start_at`` (time.monotonic, host-wide)."""
    from onerecord._base_client import SyncAPIClient

    time.sleep(max(0.0, start_at - time.monotonic()))
    statuses = []
    with SyncAPIClient(
        client_id="worker", client_secret="worker-secret", base_url=base_url, shared_state=shared_state, **extra
    ) as client:
        for _ in range(calls):
            statuses.append(client.request("GET", "/shipment").status_code)
    return statuses


def reserve_many(url: str, count: int, start_at: float) -> list[tuple[int, float]]:
    """Child process body: reserve and take ``count`` slots as fast as possible; (id, planned host time) each."""
    from onerecord._shared import PacingRule, resolve

    wiring = resolve(url, owner=object(), base_url="http://127.0.0.1", client_id="c", clock=time.monotonic)
    rule = PacingRule(interval=0.001, burst=1, window_count=1000, window=1.0)
    time.sleep(max(0.0, start_at - time.monotonic()))
    taken = []
    for _ in range(count):
        ticket = wiring.state.reserve(wiring.namespace, rule)
        taken.append((ticket.id, time.monotonic() + ticket.delay))
    return taken


def die_in_transaction(path: str) -> None:
    """Child process body: start a write transaction on the SQLite file and get killed before committing."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE pacing SET record = 'garbage'")
    os.kill(os.getpid(), signal.SIGKILL)
