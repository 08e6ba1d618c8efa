"""Memory of a long listing: peak growth while listing 20,000 shipments vs 2,000, in pages of 200.

The shipments come from an in-process ``httpx.MockTransport`` that builds each page only when it is asked for, so
the only thing that could make memory grow with the listing's length is the client holding on to what it already
yielded. The facade's pager keeps one page at a time; the two peaks should therefore be about the same (target:
difference under 10 MB). Items are consumed and dropped as a streaming export would.

Run: ``.venv/bin/python bench/pagination_memory.py``
"""

from __future__ import annotations

import gc
import json
import tracemalloc
import uuid

import httpx

from onerecord import OneRecord

BASE_URL = "https://api.bench"
PAGE_SIZE = 200
TOKEN = {"access_token": "bench-token", "expires_in": 3600, "token_type": "Bearer"}


def shipment(index: int) -> dict[str, object]:
    """A docs-sized shipment (the example of docs page rest-api/shipment/get-shipment-by-id) with real UUIDs."""
    return {
        "shipmentId": str(uuid.UUID(int=index + 1)),
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "NRT",
        "arrivalCountry": "JP",
        "orderReference": f"E24{index:06d}",
        "customerReference": f"PO-{index}",
        "quantityExpected": 3,
        "quantityTypeExpected": "AUT",
        "grossWeightExpected": 120.5,
        "grossWeightTaxableExpected": 130,
        "volumeExpected": 1.2,
        "quantityReal": 3,
        "quantityTypeReal": "AUT",
        "grossWeightReal": 121,
        "grossWeightTaxableReal": 130,
        "volumeReal": 1.2,
        "mawbNumber": "057-12345675",
        "hawbNumber": f"H{index}",
        "hbl": None,
        "mbl": None,
        "goodsDescription": "Machine parts",
        "fly": "AF276",
        "ship": None,
        "isSecure": False,
        "isDangerous": False,
        "limitBoardingTime": "2024-03-16T11:00:00Z",
        "shippingReference": None,
        **{
            relation: [str(uuid.uuid4())]
            for relation in ("assignations", "anomalies", "customs", "details", "documents", "events", "operators")
        },
        "securities": [],
        "services": [],
        "preparations": [],
        "createdAt": "2024-03-16T11:00:00",
        "updatedAt": "2024-03-16T11:00:00Z",
    }


def lazy_server(total: int) -> httpx.MockTransport:
    """Pages are generated on request from the cursor (the index of the page's first shipment)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/authentication/oauth2/token":
            return httpx.Response(200, json=TOKEN)
        start = int(request.url.params.get("page[cursor]", "0"))
        limit = int(request.url.params["page[limit]"])
        end = min(start + limit, total)
        next_cursor = str(end) if end < total else None
        body = {"data": [shipment(i) for i in range(start, end)], "metadata": {"next": next_cursor}}
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def peak_growth(total: int) -> tuple[float, int]:
    """Peak traced memory above the starting point while listing ``total`` shipments, in MB, and the count seen."""
    http = httpx.Client(transport=lazy_server(total))
    client = OneRecord(
        client_id="bench", client_secret="bench-secret", base_url=BASE_URL, rate_limit=None, http_client=http
    )
    gc.collect()
    tracemalloc.start()
    baseline, _ = tracemalloc.get_traced_memory()
    seen = 0
    for item in client.shipments.list(limit=PAGE_SIZE):
        seen += item.shipment_id is not None
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    client.close()
    http.close()
    return (peak - baseline) / 1e6, seen


def main() -> None:
    peak_growth(PAGE_SIZE)  # warm-up: imports, field tables, token
    small, small_seen = peak_growth(2_000)
    large, large_seen = peak_growth(20_000)
    assert (small_seen, large_seen) == (2_000, 20_000)
    print(f"pages of {PAGE_SIZE}, shipments consumed one by one")
    print(f"listing  2,000 shipments: peak growth {small:6.2f} MB")
    print(f"listing 20,000 shipments: peak growth {large:6.2f} MB")
    print(f"difference              : {large - small:6.2f} MB (target < 10 MB)")


if __name__ == "__main__":
    main()
