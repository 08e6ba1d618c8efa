"""Deep paging on 100,000 shipments: bulk seed time, a full listing in pages of 200 with memory bounded by a
page, and the latency of page 1 against page 500 (keyset pagination: depth should not matter).

Runs in-process (AsyncSandboxTransport, no socket) so that tracemalloc sees the server's allocations.

    .venv/bin/python bench/sandbox_deep_paging.py [--shipments 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import tracemalloc

import httpx

from onerecord.sandbox import DEMO_CREDENTIALS, AsyncSandboxTransport, create_app
from onerecord.sandbox.seed import bulk_seed


async def timed_page(client: httpx.AsyncClient, cursor: str | None) -> float:
    params: dict[str, str | int] = {"page[limit]": 200}
    if cursor:
        params["page[cursor]"] = cursor
    started = time.perf_counter()
    response = await client.get("/shipment", params=params)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200
    return elapsed


async def run(count: int) -> None:
    app = create_app(seed="empty", rate_limit=0)
    started = time.perf_counter()
    bulk_seed(app.state.sandbox, count)
    print(f"bulk seed: {count:,} shipments (+ their ORDER events) in {time.perf_counter() - started:.2f} s")

    async with httpx.AsyncClient(transport=AsyncSandboxTransport(app), base_url="http://localhost") as client:
        client_id, secret = DEMO_CREDENTIALS["forwarder"]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token = (await client.post("/authentication/oauth2/token", data=form)).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"

        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        cursor: str | None = None
        page_cursors: dict[int, str | None] = {1: None}
        pages = rows = 0
        last_key = ""
        peak_per_page = 0
        started = time.perf_counter()
        while True:
            tracemalloc.reset_peak()
            params: dict[str, str | int] = {"page[limit]": 200}
            if cursor:
                params["page[cursor]"] = cursor
            body = (await client.get("/shipment", params=params)).json()
            peak_per_page = max(peak_per_page, tracemalloc.get_traced_memory()[1] - baseline)
            pages += 1
            for shipment in body["data"]:
                # createdAt is unique per row and the listing runs in createdAt order: strictly increasing keys
                # plus the total count prove no row was lost or served twice, without keeping 100,000 ids.
                assert shipment["createdAt"] > last_key
                last_key = shipment["createdAt"]
            rows += len(body["data"])
            cursor = body["metadata"]["next"]
            del body
            if cursor is None:
                break
            if pages + 1 in (2, 100, 250, 500):
                page_cursors[pages + 1] = cursor
        elapsed = time.perf_counter() - started
        retained = tracemalloc.get_traced_memory()[0] - baseline
        tracemalloc.stop()
        assert rows == count, (rows, count)
        print(
            f"full listing: {rows:,} rows in {pages} pages of 200, {elapsed:.1f} s "
            f"({elapsed / pages * 1000:.1f} ms/page with tracemalloc on)"
        )
        print(
            f"memory (tracemalloc, whole process): peak {peak_per_page / 1e6:.2f} MB above the start during any "
            f"one page; {retained / 1e6:.2f} MB retained after the last page"
        )
        for number, page_cursor in sorted(page_cursors.items()):
            for _ in range(3):
                await timed_page(client, page_cursor)  # warm
            samples = [await timed_page(client, page_cursor) for _ in range(30)]
            print(
                f"page {number:>3}: median {statistics.median(samples):6.2f} ms, "
                f"min {min(samples):6.2f} ms, max {max(samples):6.2f} ms (30 runs)"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shipments", type=int, default=100_000)
    asyncio.run(run(parser.parse_args().shipments))


if __name__ == "__main__":
    main()
