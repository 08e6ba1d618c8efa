"""The sandbox's answer to each hostile request, and whether the kept-alive connection survives it.

A real uvicorn server (``Sandbox``, rate limit off) and one keep-alive httpx client: each hostile request is sent,
its status and ``Connection`` header printed, then 20 ordinary requests follow on the same client and the failures
among them are counted (a 500 that drops the connection without ``Connection: close`` makes them fail).

    .venv/bin/python bench/sandbox_hostile.py
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

EXPORT = {
    "orderReference": "E-ONERECORD",
    "departure": "CDG",
    "departureCountry": "FR",
    "arrival": "NRT",
    "arrivalCountry": "JP",
    "quantityExpected": 4,
}
FOLLOW_UPS = 20
BIG_PUT = b'{"quantityExpected": 1' + b"0" * 20 + b"}"  # 10**20, beyond 64 bits
SERVICE_TYPE = "00000000-0000-4000-8000-000000000000"


@dataclass(frozen=True)
class Hostile:
    name: str
    method: str
    path: str
    content: bytes | None = None  # sent as application/json unless headers say otherwise
    params: dict[str, str] | None = None
    headers: dict[str, str] | None = None


def cursor(value: Any) -> dict[str, str]:
    """A ``page[cursor]`` parameter holding ``value`` encoded as the sandbox encodes its cursors."""
    return {"page[cursor]": base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")}


def _body(**fields: Any) -> bytes:
    return json.dumps({**EXPORT, **fields}).encode()


def _post(name: str, path: str, content: bytes, **headers: str) -> Hostile:
    return Hostile(name, "POST", path, content, headers=headers or None)


def _list(name: str, path: str, **params: str) -> Hostile:
    return Hostile(name, "GET", path, params=params)


def _with(field: str, raw: bytes) -> bytes:
    """The export body with ``field`` set to a raw JSON text (for values ``json.dumps`` cannot write)."""
    return _body()[:-1] + b', "' + field.encode() + b'": ' + raw + b"}"


def hostile_requests(shipment_id: str, tokens: dict[str, str]) -> list[Hostile]:
    shipper = {"Authorization": f"Bearer {tokens['shipper']}"}
    warehouse = {"Authorization": f"Bearer {tokens['warehouse']}"}
    service = {"shipment": shipment_id, "quantity": 2**70, "isDone": False, "type": SERVICE_TYPE}
    anomaly = {"shipment": shipment_id, "type": None, "category": "DAMAGE", "quantity": 1, "balance": 2**70}
    created_asc, by_quantity = [["createdAt", "asc"]], [["quantityExpected", "asc"]]
    sort_quantity, plain_text = {"sort[quantityExpected]": "asc"}, {"Content-Type": "text/plain"}
    return [
        _post("JSON array nested 100,000 deep", "/shipment", b"[" * 100_000),
        _post("JSON object nested 100,000 deep", "/shipment", b'{"a":' * 100_000),
        _post("JSON nested 40 deep in a field", "/shipment", _with("goodsDescription", b"[" * 40 + b"]" * 40)),
        _post("lone surrogate in goodsDescription", "/shipment", _body(goodsDescription="\ud800")),
        _post("lone surrogate in a key", "/shipment", _with("\\udc00", b"1")),
        Hostile("lone surrogate in a PUT", "PUT", f"/shipment/{shipment_id}", b'{"customerReference":"\\udfff"}'),
        _post("quantityExpected = 2**70", "/shipment", _body(quantityExpected=2**70)),
        _post("quantityExpected = -2**70", "/shipment", _body(quantityExpected=-(2**70))),
        _post("grossWeightExpected = 2**63", "/shipment", _body(grossWeightExpected=2**63)),
        Hostile("PUT quantityExpected = 10**20", "PUT", f"/shipment/{shipment_id}", BIG_PUT),
        _post("quantityExpected = 1e400 (inf)", "/shipment", _with("quantityExpected", b"1e400")),
        _post("quantityExpected = NaN", "/shipment", _with("quantityExpected", b"NaN")),
        _post("a 4,000-digit integer", "/shipment", _with("quantityExpected", b"9" * 4000)),
        _post("invalid UTF-8 in the body", "/shipment", b'{"goodsDescription":"\xff\xfe"}'),
        _list("cursor: seq = 2**70", "/shipment", **cursor({"s": created_asc, "v": ["2026", 2**70]})),
        _list("cursor: key = 2**64", "/shipment", **cursor({"s": by_quantity, "v": [2**64, 1]}), **sort_quantity),
        _list("cursor: lone surrogate key", "/shipment", **cursor({"s": created_asc, "v": ["\ud800", 1]})),
        _list("cursor: nested 5,000 deep", "/shipment", **{"page[cursor]": base64.b64encode(b"[" * 5_000).decode()}),
        _list("cursor: not a JSON object", "/shipment", **cursor([1, 2])),
        _list("country cursor: position 2**70", "/country", **cursor({"s": [["code", "asc"]], "v": [None, 2**70]})),
        _list("page[limit] = 2**70", "/shipment", **{"page[limit]": str(2**70)}),
        _list("filter number = 1e999", "/shipment", **{"filter[quantityExpected][gt]": "1e999"}),
        _list("filter date year 99999", "/shipment", **{"filter[createdAt][gt]": "99999-01-01"}),
        Hostile("1,000 filters", "GET", "/shipment?" + "&".join(f"filter[quantityReal][gt]={i}" for i in range(1000))),
        _post("service quantity = 2**70 (shipper)", "/shipment-service", json.dumps(service).encode(), **shipper),
        _post("anomaly balance = 2**70 (warehouse)", "/shipment-anomaly", json.dumps(anomaly).encode(), **warehouse),
        _post("10 MB goodsDescription", "/shipment", _body(goodsDescription="x" * 10_000_000)),
        _post("control: text/plain POST (CSRF)", "/_sandbox/reset", b'{"seed":"demo"}', **plain_text),
        _post("control: foreign Origin", "/_sandbox/reset", b'{"seed":"demo"}', Origin="http://evil.example"),
        Hostile("control: rebinding Host", "GET", "/_sandbox/reference", headers={"Host": "evil.example:8000"}),
        Hostile("control: rate = 2**1100", "PUT", "/_sandbox/rate-limit", b'{"rate": ' + str(2**1100).encode() + b"}"),
        _post("control: clock advance NaN", "/_sandbox/clock", b'{"advance": NaN}'),
        _post("control: clock advance 1e308", "/_sandbox/clock", b'{"advance": 1e308}'),
    ]  # fmt: skip


def token(client: httpx.Client, role: str = "forwarder") -> str:
    client_id, secret = DEMO_CREDENTIALS[role]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    value: str = client.post("/authentication/oauth2/token", data=form).json()["access_token"]
    return value


def follow_ups(send: Callable[[], httpx.Response]) -> int:
    failures = 0
    for _ in range(FOLLOW_UPS):
        try:
            if send().status_code != 201:
                failures += 1
        except httpx.HTTPError:
            failures += 1
    return failures


def main() -> None:
    with Sandbox(seed="empty", rate_limit=0) as sandbox, httpx.Client(base_url=sandbox.base_url, timeout=30) as http:
        tokens = {role: token(http, role) for role in ("forwarder", "shipper", "warehouse")}
        http.headers["Authorization"] = f"Bearer {tokens['forwarder']}"
        shipment_id = http.post("/shipment", json=EXPORT).json()["shipmentId"]
        print(f"{'hostile request':<40} {'answer':<8} {'conn':<6} next {FOLLOW_UPS} fail  body")
        for hostile in hostile_requests(shipment_id, tokens):
            headers = {"Content-Type": "application/json", **(hostile.headers or {})}
            try:
                response = http.request(
                    hostile.method, hostile.path, content=hostile.content, params=hostile.params, headers=headers
                )
                answer, conn, text = str(response.status_code), response.headers.get("connection", "-"), response.text
            except httpx.HTTPError as exc:
                answer, conn, text = "error", "-", f"{type(exc).__name__}: {exc}"
            failed = follow_ups(lambda: http.post("/shipment", json=EXPORT))
            print(f"{hostile.name:<40} {answer:<8} {conn:<6} {failed:>2}/{FOLLOW_UPS}  {text[:70]!r}")


if __name__ == "__main__":
    main()
