"""How long a call is held by a server that drips its body, with ``timeout=1`` alone and with ``deadline=``.

A local server answers the API route with a 40-byte body sent one byte every 0.4 s (16 s in all, the issue's case):
the 1 s read timeout never expires, since a byte always comes within it. The figure is the wall time until the call
returns or raises; with ``deadline=2`` it must end at about 2 s (late by at most one byte's wait).

Run: ``.venv/bin/python bench/slow_body_deadline.py [deadline-seconds] [--skip-unbounded]``
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from onerecord import OneRecord, OneRecordError

DRIP_EVERY = 0.4
DRIP_BYTES = 40


class Dripping(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # the token route answers at once
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"access_token": "tok", "expires_in": 3600}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        body = b'{"code": "CDG"' + b" " * (DRIP_BYTES - 15) + b"}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(DRIP_EVERY)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


def held_for(base_url: str, deadline: float | None) -> tuple[float, str]:
    options: dict[str, Any] = {"client_id": "bench", "client_secret": "bench-secret", "rate_limit": None}
    with OneRecord(base_url=base_url, timeout=1, deadline=deadline, **options) as client:
        started = time.monotonic()
        try:
            client.places.get("CDG")
            outcome = "returned"
        except OneRecordError as error:
            outcome = type(error).__name__
        return time.monotonic() - started, outcome


def main() -> None:
    deadline = float(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else 2.0
    server = ThreadingHTTPServer(("127.0.0.1", 0), Dripping)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        if "--skip-unbounded" not in sys.argv:
            seconds, outcome = held_for(base_url, None)
            print(f"timeout=1, no deadline:   held {seconds:5.2f} s -> {outcome}")
        for _ in range(3):
            seconds, outcome = held_for(base_url, deadline)
            print(f"timeout=1, deadline={deadline:g}: held {seconds:5.2f} s -> {outcome}")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
