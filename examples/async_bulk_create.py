"""Create hundreds of shipments concurrently with ``AsyncOneRecord``, without losing track of any.

Run it with::

    python examples/async_bulk_create.py --count 300 --concurrency 8 --results results.jsonl

A bounded number of tasks (``--concurrency``) share one client, whose pacing keeps the whole run under the API's
5 requests per second: the tasks queue for departure slots instead of collecting 429s.

Every input gets a unique customer reference (``<tag>-<index>``), and every outcome is appended to ``--results`` (JSON
Lines, flushed as each request finishes) so that a crash or Ctrl-C never loses track of what was created:

- ``created``: the API answered with the new shipment, whose ``shipmentId`` is recorded;
- ``failed``: the shipment was certainly not created (a 4xx answer, a 429 after the client's retries, or a
  connection that could not even be opened);
- ``unknown``: the request may have been processed without us seeing the answer (a timeout or a connection cut
  after sending, a 5xx, a 2xx we could not read, an interruption). The client does not retry a POST in these cases:
  the API has no idempotency key, so a replay could create a duplicate.

After the run, each ``unknown`` input is looked up by its customer reference (``--no-reconcile`` skips this) and a
second line is appended for it, ``created`` (with the id found) or ``failed``; the last line of an index is its
outcome. On an API whose listings lag behind its writes, a lookup made right away could miss a shipment: run the
lookup again later before creating a "failed" input a second time.

With no ``ONERECORD_*`` variable set it runs against a local, empty sandbox (the ``sandbox`` extra) with the real
API's rate limit; set ``ONERECORD_CLIENT_ID`` and ``ONERECORD_CLIENT_SECRET`` (and optionally ``ONERECORD_BASE_URL``)
to create real shipments.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
from _connect import api_target  # examples/_connect.py (a script's folder is on sys.path)

from onerecord import APIConnectionError, APIStatusError, AsyncOneRecord, OneRecordError

ROUTES = (
    ("CDG", "FR", "NRT", "JP"),
    ("ORY", "FR", "JFK", "US"),
    ("LYS", "FR", "FRA", "DE"),
    ("MRS", "FR", "DXB", "AE"),
    ("CDG", "FR", "SIN", "SG"),
)
LISTED = 20  # at most this many indices are printed per outcome; the results file has them all


def make_input(index: int, tag: str) -> dict[str, Any]:
    """The body of input ``index``: an export shipment whose customer reference identifies it."""
    departure, departure_country, arrival, arrival_country = ROUTES[index % len(ROUTES)]
    return {
        "order_reference": "E-ONERECORD",
        "departure": departure,
        "departure_country": departure_country,
        "arrival": arrival,
        "arrival_country": arrival_country,
        "quantity_expected": 1 + index % 20,
        "customer_reference": customer_reference(tag, index),
    }


def customer_reference(tag: str, index: int) -> str:
    return f"{tag}-{index:05d}"


def classify(error: BaseException) -> tuple[str, dict[str, Any]]:
    """``("failed" | "unknown", details)`` for an exception raised by ``create``."""
    if isinstance(error, APIStatusError):
        outcome = "unknown" if error.status_code >= 500 else "failed"
        return outcome, {"status": error.status_code, "message": error.message}
    if isinstance(error, APIConnectionError):
        outcome = "unknown" if error.request_sent else "failed"
        return outcome, {"status": None, "message": error.message}
    if isinstance(error, asyncio.CancelledError):
        return "unknown", {"status": None, "message": "interrupted while the request was in flight"}
    return "unknown", {"status": None, "message": f"{type(error).__name__}: {error}"}


@dataclass
class Results:
    """Appends one JSON line per outcome and keeps the latest outcome of each index."""

    file: IO[str]
    outcomes: dict[int, str] = field(default_factory=dict)
    ids: dict[int, str] = field(default_factory=dict)

    def record(self, index: int, reference: str, outcome: str, **details: Any) -> None:
        self.outcomes[index] = outcome
        if details.get("shipmentId"):
            self.ids[index] = details["shipmentId"]
        line = {"index": index, "customerReference": reference, "outcome": outcome, **details}
        self.file.write(json.dumps(line) + "\n")
        self.file.flush()

    def with_outcome(self, outcome: str) -> list[int]:
        return sorted(index for index, found in self.outcomes.items() if found == outcome)


class WireCounter:
    """Counts HTTP responses (an httpx event hook): API requests actually sent, token requests, and 429s."""

    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.token_requests = 0

    async def on_response(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith("/oauth2/token"):
            self.token_requests += 1  # the API's limit counts calls made with a token; report those
        else:
            self.statuses[response.status_code] += 1

    def summary(self, elapsed: float) -> str:
        sent = sum(self.statuses.values())
        rate = sent / elapsed if elapsed > 0 else 0.0
        return f"{sent} API requests ({rate:.1f} req/s) + {self.token_requests} token, {self.statuses[429]} got a 429"


async def create_all(client: AsyncOneRecord, count: int, concurrency: int, tag: str, results: Results) -> None:
    """``concurrency`` tasks take the next input index in turn until every input has been tried."""
    indices: Iterator[int] = iter(range(count))

    async def worker() -> None:
        for index in indices:  # shared iterator: each index goes to exactly one task
            reference = customer_reference(tag, index)
            try:
                shipment = await client.shipments.create(make_input(index, tag))
            except (OneRecordError, asyncio.CancelledError) as error:
                outcome, details = classify(error)
                results.record(index, reference, outcome, **details)
                if isinstance(error, asyncio.CancelledError):
                    raise
            else:
                results.record(index, reference, "created", shipmentId=str(shipment.shipment_id))

    async with asyncio.TaskGroup() as group:
        for _ in range(min(concurrency, count)):
            group.create_task(worker())


async def reconcile(client: AsyncOneRecord, tag: str, results: Results) -> None:
    """Look each ``unknown`` input up by its customer reference and record what was found."""
    for index in results.with_outcome("unknown"):
        reference = customer_reference(tag, index)
        try:
            found = [s async for s in client.shipments.list(filters={"customerReference": {"eq": reference}})]
        except OneRecordError:
            continue  # still unknown; the summary lists it
        if found:
            results.record(index, reference, "created", shipmentId=str(found[0].shipment_id), reconciled=True)
        else:
            results.record(index, reference, "failed", message="not found by its customer reference", reconciled=True)


def _indices(indices: list[int]) -> str:
    shown = ", ".join(str(i) for i in indices[:LISTED])
    return shown + (f", ... ({len(indices)} in all)" if len(indices) > LISTED else "")


async def create_and_report(
    client: AsyncOneRecord, args: argparse.Namespace, tag: str, results: Results, wire: WireCounter
) -> None:
    """Create every input and print what happened, then look up the inputs left in an unknown state."""
    started = time.monotonic()
    try:
        await create_all(client, args.count, args.concurrency, tag, results)
    finally:  # also when interrupted: say what is known so far
        elapsed = time.monotonic() - started
        created, failed, unknown = (results.with_outcome(o) for o in ("created", "failed", "unknown"))
        print(f"finished in {elapsed:.1f} s: {len(created)} created, {len(failed)} certainly failed, ", end="")
        print(f"{len(unknown)} in an unknown state")
        if len(results.outcomes) < args.count:
            print(f"{args.count - len(results.outcomes)} inputs were not tried (interrupted)")
        print(wire.summary(elapsed))
    if unknown:
        print(f"unknown state: inputs {_indices(unknown)}")
        if args.reconcile:
            await reconcile(client, tag, results)
            found = sum(results.outcomes[index] == "created" for index in unknown)
            print(f"looked up by customer reference: {found} were created after all")


async def run(args: argparse.Namespace, http_client: httpx.AsyncClient | None) -> int:
    wire = WireCounter()
    tag = args.tag or f"BULK-{secrets.token_hex(3).upper()}"
    with Path(args.results).open("a", encoding="utf-8") as file, api_target(seed="empty") as target:
        results = Results(file)
        async with AsyncExitStack() as stack:  # closed in reverse order: the API client, then the HTTP client
            if http_client is None:
                http_client = await stack.enter_async_context(httpx.AsyncClient())
            http_client.event_hooks["response"].append(wire.on_response)
            client = await stack.enter_async_context(
                AsyncOneRecord(
                    client_id=target.client_id,
                    client_secret=target.client_secret,
                    base_url=target.base_url,
                    rate_limit=args.rate_limit or None,
                    http_client=http_client,
                )
            )
            print(f"creating {args.count} shipments ({args.concurrency} tasks, tag {tag}) on {target.describe()}")
            await create_and_report(client, args, tag, results, wire)
    created, failed, unknown = (results.with_outcome(o) for o in ("created", "failed", "unknown"))
    print(f"result: {len(created)} created, {len(failed)} failed, {len(unknown)} unknown (details: {args.results})")
    if failed:
        print(f"failed: inputs {_indices(failed)}")
    if unknown:
        print(f"still unknown: inputs {_indices(unknown)}")
    return 0 if len(created) == args.count else 1


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Create many shipments concurrently and record every outcome.")
    parser.add_argument("--count", type=int, default=300, help="shipments to create (default 300)")
    parser.add_argument("--concurrency", type=int, default=8, help="tasks sending at once (default 8)")
    parser.add_argument("--results", default="bulk-results.jsonl", help="JSON Lines file appended to")
    parser.add_argument("--tag", help="customer reference prefix (default: BULK-<random>)")
    parser.add_argument("--rate-limit", type=float, default=5.0, help="client pacing in requests/s, 0 for none")
    parser.add_argument("--no-reconcile", dest="reconcile", action="store_false", help="skip looking up unknowns")
    args = parser.parse_args(argv)
    if args.count < 0 or args.concurrency < 1:
        parser.error("--count must be >= 0 and --concurrency >= 1")
    return args


def main(argv: Sequence[str] | None = None, *, http_client: httpx.AsyncClient | None = None) -> int:
    """Exit code 0 when every shipment was created, 1 otherwise (see the results file), 130 on Ctrl-C.

    ``http_client`` is for tests (e.g. one whose transport fails on purpose); a response hook counting requests is
    added to it, and it is left open.
    """
    args = parse_args(argv)
    try:
        return asyncio.run(run(args, http_client))
    except KeyboardInterrupt:
        print(f"interrupted: see {args.results} for what was created", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
