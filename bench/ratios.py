"""Every row of the performance table (issue 10) as a ratio to the floor, measured in one run.

Rows and what each one compares (same in-process ``httpx.MockTransport``, same payloads, so the network is out of the
picture and only client-side cost remains):

- ``get``: ``client.shipments.get(id)`` vs ``json.loads(httpx.Client.get(url).content)``; the docs' example shipment
  (REFERENCE.md c.2, with real UUIDs).
- ``list200``: one page of 200 of those shipments, ``list(client.shipments.list(limit=200))`` vs raw get + loads.
- ``create``: ``client.shipments.create(**docs example fields)`` vs raw ``post(json=...)`` + loads.
- ``async100``: 100 concurrent ``AsyncOneRecord.shipments.get`` tasks vs 100 raw ``AsyncClient.get`` + loads tasks,
  pacing off; the ratio is throughput (raw time / ours), so higher is better.
- ``import``: wall time of ``python -c "import onerecord"`` vs ``python -c "import httpx"`` (fresh processes).
- ``cli --help``: wall time of ``onerecord --help`` vs ``python -c "import typer"`` (fresh processes).

The mock HTTP client is injected with the default headers ``OneRecord`` gives the client it creates itself (so the
facade runs as it does by default), and the raw side uses that same client.

Rounds interleave the two sides of each row (alternating which goes first), and each round gives one ratio; the
median of those ratios is reported with their spread (min..max). In-process rows are timed in CPU time of this
process (``--clock wall`` for wall time) and subprocess rows in the children's CPU time (user + system), which keeps
other programs' load on a shared machine out of the figures as far as possible; the spread shows what remains.

Run: ``.venv/bin/python bench/ratios.py [rounds] [--rows get,list200,...]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from onerecord import __version__

# What OneRecord sets as default headers of the HTTP client it creates (and what it sends per request otherwise).
STATIC_HEADERS = {"User-Agent": f"onerecord-python/{__version__}", "Accept": "application/json"}

BASE_URL = "https://api.bench"
TOKEN_PATH = "/authentication/oauth2/token"
RELATIONS = (
    "assignations",
    "anomalies",
    "customs",
    "details",
    "documents",
    "events",
    "operators",
    "securities",
    "services",
    "preparations",
)
CREATE_FIELDS: dict[str, Any] = {
    "order_reference": "E-ONERECORD",
    "departure": "CDG",
    "departure_country": "FR",
    "arrival": "NRT",
    "arrival_country": "JP",
    "quantity_expected": 3,
    "gross_weight_expected": 120.5,
}
CREATE_BODY = {
    "orderReference": "E-ONERECORD",
    "departure": "CDG",
    "departureCountry": "FR",
    "arrival": "NRT",
    "arrivalCountry": "JP",
    "quantityExpected": 3,
    "grossWeightExpected": 120.5,
}
GOALS = {"get": 1.25, "list200": 2.5, "create": 1.4, "async100": 0.9, "import": 1.2, "cli --help": 1.5}


def docs_shipment() -> dict[str, Any]:
    """The example of REFERENCE.md c.2, with fresh UUIDs so that no cache can help."""
    return {
        "shipmentId": str(uuid.uuid4()),
        "departure": "text",
        "departureCountry": "AD",
        "arrival": "text",
        "arrivalCountry": "AD",
        "orderReference": "text",
        "customerReference": "text",
        "quantityExpected": 1,
        "quantityTypeExpected": "AUT",
        "grossWeightExpected": 1,
        "grossWeightTaxableExpected": 1,
        "volumeExpected": 1,
        "quantityReal": 1,
        "quantityTypeReal": "AUT",
        "grossWeightReal": 1,
        "grossWeightTaxableReal": 1,
        "volumeReal": 1,
        "mawbNumber": "text",
        "hawbNumber": "text",
        "hbl": "text",
        "mbl": "text",
        "goodsDescription": "text",
        "fly": "text",
        "ship": "text",
        "isSecure": False,
        "isDangerous": False,
        "limitBoardingTime": "text",
        "shippingReference": "text",
        **{relation: [str(uuid.uuid4())] for relation in RELATIONS},
        "createdAt": None,
        "updatedAt": None,
    }


SHIPMENT = docs_shipment()
SHIPMENT_ID = SHIPMENT["shipmentId"]
ONE = json.dumps(SHIPMENT).encode()
PAGE = json.dumps({"data": [docs_shipment() for _ in range(200)], "metadata": {"next": None}}).encode()
TOKEN = json.dumps({"access_token": "bench-token", "expires_in": 3600, "token_type": "Bearer"}).encode()
HEADERS = {"content-type": "application/json"}


def handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == TOKEN_PATH:
        return httpx.Response(200, content=TOKEN, headers=HEADERS)
    if path == "/shipment" and request.method == "GET":
        return httpx.Response(200, content=PAGE, headers=HEADERS)
    return httpx.Response(201 if request.method == "POST" else 200, content=ONE, headers=HEADERS)


Pair = tuple[Callable[[], float], Callable[[], float]]  # (ours, floor): each returns seconds for one batch


CLOCK: Callable[[], float] = time.process_time


def timed(call: Callable[[], object], calls: int) -> Callable[[], float]:
    def run() -> float:
        started = CLOCK()
        for _ in range(calls):
            call()
        return (CLOCK() - started) / calls

    return run


def sync_pairs(calls: int) -> tuple[dict[str, Pair], Callable[[], None]]:
    from onerecord import OneRecord

    http = httpx.Client(transport=httpx.MockTransport(handler), headers=STATIC_HEADERS)
    client = OneRecord(
        client_id="bench", client_secret="bench-secret", base_url=BASE_URL, rate_limit=None, http_client=http
    )
    item_url = f"{BASE_URL}/shipment/{SHIPMENT_ID}"
    list_url = f"{BASE_URL}/shipment?page[limit]=200"
    assert str(client.shipments.get(SHIPMENT_ID).shipment_id) == SHIPMENT_ID
    assert len(list(client.shipments.list(limit=200))) == 200

    pairs: dict[str, Pair] = {
        "get": (
            timed(lambda: client.shipments.get(SHIPMENT_ID), calls),
            timed(lambda: json.loads(http.get(item_url).content), calls),
        ),
        "list200": (
            timed(lambda: list(client.shipments.list(limit=200)), max(1, calls // 50)),
            timed(lambda: json.loads(http.get(list_url).content)["data"], max(1, calls // 50)),
        ),
        "create": (
            timed(lambda: client.shipments.create(**CREATE_FIELDS), calls),
            timed(lambda: json.loads(http.post(f"{BASE_URL}/shipment", json=CREATE_BODY).content), calls),
        ),
    }

    def close() -> None:
        client.close()
        http.close()

    return pairs, close


def async_pair(batches: int, tasks: int = 100) -> tuple[Pair, Callable[[], None]]:
    from onerecord import AsyncOneRecord

    loop = asyncio.new_event_loop()
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), headers=STATIC_HEADERS)
    client = AsyncOneRecord(
        client_id="bench", client_secret="bench-secret", base_url=BASE_URL, rate_limit=None, http_client=http
    )
    item_url = f"{BASE_URL}/shipment/{SHIPMENT_ID}"

    async def raw_one() -> object:
        return json.loads((await http.get(item_url)).content)

    def batch(one: Callable[[], Awaitable[object]]) -> Callable[[], float]:
        async def many() -> None:
            for _ in range(batches):
                await asyncio.gather(*(one() for _ in range(tasks)))

        def run() -> float:
            started = CLOCK()
            loop.run_until_complete(many())
            return CLOCK() - started

        return run

    ours = batch(lambda: client.shipments.get(SHIPMENT_ID))
    floor = batch(raw_one)
    ours()  # token and warm-up
    floor()

    def close() -> None:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(http.aclose())
        loop.close()

    # Throughput ratio = floor time / our time: swap the pair so that ratio() below gives it.
    return (floor, ours), close


def process(argv: list[str]) -> Callable[[], float]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def run() -> float:
        if CLOCK is not time.process_time:
            started = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            return time.perf_counter() - started
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    return run


def process_pairs() -> dict[str, Pair]:
    python = sys.executable
    cli = os.path.join(os.path.dirname(python), "onerecord")
    return {
        "import": (process([python, "-c", "import onerecord"]), process([python, "-c", "import httpx"])),
        "cli --help": (process([cli, "--help"]), process([python, "-c", "import typer"])),
    }


def measure(pairs: dict[str, Pair], rounds: int) -> dict[str, list[float]]:
    for ours, floor in pairs.values():  # warm-up
        ours()
        floor()
    ratios: dict[str, list[float]] = {name: [] for name in pairs}
    for index in range(rounds):
        for name, (ours, floor) in pairs.items():
            if index % 2:
                b, a = floor(), ours()
            else:
                a, b = ours(), floor()
            ratios[name].append(a / b)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("rounds", nargs="?", type=int, default=15)
    parser.add_argument("--calls", type=int, default=400, help="calls per round for get/create (list: calls/50)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="what a round measures")
    parser.add_argument("--rows", default=",".join(GOALS), help="comma-separated subset of: " + ", ".join(GOALS))
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    rows = [row.strip() for row in args.rows.split(",") if row.strip()]
    pairs: dict[str, Pair] = {}
    closers: list[Callable[[], None]] = []
    if {"get", "list200", "create"} & set(rows):
        sync, close = sync_pairs(args.calls)
        pairs.update({name: pair for name, pair in sync.items() if name in rows})
        closers.append(close)
    if "async100" in rows:
        pair, close = async_pair(batches=max(1, args.calls // 100))
        pairs["async100"] = pair
        closers.append(close)
    pairs.update({name: pair for name, pair in process_pairs().items() if name in rows})
    ratios = measure(pairs, args.rounds)
    for close in closers:
        close()
    print(f"{args.rounds} interleaved rounds, {args.clock} time; per-round ratio to the floor: median [min..max]")
    for name in rows:
        values = ratios[name]
        goal = GOALS[name]
        better = "higher" if name == "async100" else "lower"
        met = statistics.median(values) >= goal if name == "async100" else statistics.median(values) <= goal
        print(
            f"{name:11s} {statistics.median(values):5.2f}x  [{min(values):.2f}..{max(values):.2f}]"
            f"  goal {'>=' if better == 'higher' else '<='} {goal}x  {'met' if met else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
