"""Sandbox latency under load: GET /shipment/{id} and a 200-item page with groups[]=all.

The sandbox runs as its own process (``python -m onerecord.sandbox``, rate limit off, demo seed) on loopback;
this process drives it with 50 concurrent clients (50 keep-alive connections, each sending its next request as
soon as the previous answer arrives) and prints p50/p90/p99 per request type.

    .venv/bin/python bench/sandbox_latency.py [--clients 50] [--gets 4000] [--pages 500]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from onerecord.sandbox import DEMO_CREDENTIALS


def start_server() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "onerecord.sandbox", "--port", "0", "--rate-limit", "0", "--seed", "demo"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    return process, first.split()[-1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class RawConnection:
    """A minimal keep-alive HTTP/1.1 client on asyncio streams.

    httpx's own per-request work (a few hundred microseconds of CPU) would otherwise dominate a load generator
    sharing the machine with the server; this one costs almost nothing, so the figures are the server's.
    """

    def __init__(self, host: str, port: int, token: str) -> None:
        self.host, self.port, self.token = host, port, token
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        request = f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {self.token}\r\n\r\n"
        self.writer.write(request.encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(
            int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        )
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def measure(connections: list[RawConnection], total: int, target: Callable[[], str]) -> tuple[list[float], float]:
    latencies: list[float] = []
    remaining = iter(range(total))

    async def worker(connection: RawConnection) -> None:
        for _ in remaining:
            started = time.perf_counter()
            status, _body = await connection.get(target())
            latencies.append((time.perf_counter() - started) * 1000)
            assert status == 200, status

    started = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in connections))
    return latencies, time.perf_counter() - started


async def run(base_url: str, clients: int, gets: int, pages: int) -> None:
    async with httpx.AsyncClient(base_url=base_url) as http:
        client_id, secret = DEMO_CREDENTIALS["warehouse"]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token = (await http.post("/authentication/oauth2/token", data=form)).json()["access_token"]
        page = await http.get("/shipment", params={"page[limit]": 200}, headers={"Authorization": f"Bearer {token}"})
        ids = [s["shipmentId"] for s in page.json()["data"]]
    url = httpx.URL(base_url)
    connections = [RawConnection(url.host, url.port or 80, token) for _ in range(clients)]
    rng = random.Random(1)

    def one() -> str:
        return f"/shipment/{rng.choice(ids)}"

    def page_all() -> str:
        return "/shipment?page%5Blimit%5D=200&groups%5B%5D=all"

    await measure(connections, clients * 4, one)  # warm-up: connections open
    runs = [
        ("GET /shipment/{id}", connections[:1], gets // 10, one),
        ("200-item page, groups[]=all", connections[:1], pages // 10, page_all),
        ("GET /shipment/{id}", connections, gets, one),
        ("200-item page, groups[]=all", connections, pages, page_all),
    ]
    for label, pool, total, target in runs:
        latencies, elapsed = await measure(pool, total, target)
        print(
            f"{label:<28} clients={len(pool):<3} n={total:<5} p50={statistics.median(latencies):7.1f} ms  "
            f"p90={percentile(latencies, 0.90):7.1f} ms  p99={percentile(latencies, 0.99):7.1f} ms  "
            f"max={max(latencies):7.1f} ms  throughput={total / elapsed:6.0f} req/s"
        )
    for connection in connections:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--gets", type=int, default=4000)
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args()
    process, base_url = start_server()
    try:
        print(f"sandbox at {base_url}, {args.clients} concurrent clients, rate limit off")
        asyncio.run(run(base_url, args.clients, args.gets, args.pages))
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


if __name__ == "__main__":
    main()
