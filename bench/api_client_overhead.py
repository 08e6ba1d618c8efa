"""Per-call cost of ``client.api``: a generated operation through the facade's pipeline vs the alternatives.

Three ways to read one shipment, against the same in-process ``httpx.MockTransport`` (no network):

- ``facade shipments.get``: the facade's own method;
- ``generated sync(client=client.api)``: the generated ``get_shipment.sync`` routed through the facade (token,
  pacing off, retries, logging, typed errors);
- ``generated sync(AuthenticatedClient)``: the generated function with a hand-built ``AuthenticatedClient`` and a
  fixed token (no refresh, no retries, no typed errors): the floor ``client.api`` adds its services to.

Rounds are interleaved; the median and the spread (min..max) of the per-call time of each round are printed.

Run: ``.venv/bin/python bench/api_client_overhead.py [calls-per-round] [rounds]``
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from collections.abc import Callable

import httpx
from onerecord_api.api.shipment import get_shipment
from onerecord_api.client import AuthenticatedClient

from onerecord import OneRecord

BASE_URL = "https://api.bench"
SHIPMENT_ID = uuid.uuid4()
BODY = {"shipmentId": str(SHIPMENT_ID), "departure": "CDG", "arrival": "NRT", "customerReference": "PO-1"}


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600})
    return httpx.Response(200, json=BODY)


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    transport = httpx.MockTransport(handler)
    client = OneRecord(
        client_id="bench",
        client_secret="bench-secret",
        base_url=BASE_URL,
        rate_limit=None,
        http_client=httpx.Client(transport=transport),
    )
    plain = AuthenticatedClient(base_url=BASE_URL, token="bench-token", httpx_args={"transport": transport})
    ways: dict[str, Callable[[], object]] = {
        "facade shipments.get": lambda: client.shipments.get(SHIPMENT_ID),
        "generated sync(client=client.api)": lambda: get_shipment.sync(SHIPMENT_ID, client=client.api),
        "generated sync(AuthenticatedClient)": lambda: get_shipment.sync(SHIPMENT_ID, client=plain),
    }
    for way in ways.values():  # warm up: token fetched, imports done
        way()
    samples: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(rounds):
        for name, way in ways.items():
            start = time.perf_counter()
            for _ in range(calls):
                way()
            samples[name].append((time.perf_counter() - start) / calls * 1e6)
    print(f"{rounds} interleaved rounds of {calls} calls; per call: median (min..max)")
    floor = statistics.median(samples["generated sync(AuthenticatedClient)"])
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:38s}: {median:7.1f} us ({min(values):.1f}..{max(values):.1f})  {median / floor:.2f}x")


if __name__ == "__main__":
    main()
