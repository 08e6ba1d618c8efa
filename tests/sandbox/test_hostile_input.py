"""Hostile requests get a 4xx with the API's error body, never a 500, and never cost the kept-alive connection.

A real uvicorn server (``Sandbox``) and one keep-alive httpx client per test: after each hostile request, ordinary
requests on the same client must still succeed. A 500 that does happen (a bug) says ``Connection: close``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from onerecord import OneRecord, OneRecordError, UnprocessableEntityError
from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox
from onerecord.sandbox.errors import ApiError
from onerecord.sandbox.reference import ANOMALY_CATEGORIES, SERVICE_TYPES
from onerecord.sandbox.strictjson import MAX_DEPTH, UnstorableNumber, decode

FOLLOW_UPS = 20


def export_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "orderReference": "E-ONERECORD",
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "NRT",
        "arrivalCountry": "JP",
        "quantityExpected": 4,
    }
    return {**body, **overrides}


def _token(http: httpx.Client, role: str) -> str:
    client_id, secret = DEMO_CREDENTIALS[role]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    token: str = http.post("/authentication/oauth2/token", data=form).json()["access_token"]
    return token


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed="empty", rate_limit=0, rng_seed=5) as server:
        yield server


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A keep-alive client holding a forwarder token."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
        client.headers["Authorization"] = f"Bearer {_token(client, 'forwarder')}"
        yield client


def _create(http: httpx.Client, **headers: str) -> str:
    created = http.post("/shipment", json=export_body(), headers=headers)
    assert created.status_code == 201, created.text
    shipment_id: str = created.json()["shipmentId"]
    return shipment_id


@pytest.fixture
def shipment_id(http: httpx.Client) -> str:
    return _create(http)


def _raw(field: str, text: bytes) -> bytes:
    """The export body with ``field`` set to a raw JSON text (for what ``json.dumps`` cannot write)."""
    return json.dumps(export_body()).encode()[:-1] + b', "' + field.encode() + b'": ' + text + b"}"


def _cursor(value: Any) -> dict[str, str]:
    return {"page[cursor]": base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")}


CREATED_ASC, BY_QUANTITY = [["createdAt", "asc"]], [["quantityExpected", "asc"]]
BODIES: dict[str, tuple[int, bytes]] = {
    "array nested 100,000 deep": (400, b"[" * 100_000),
    "object nested 100,000 deep": (400, b'{"a":' * 100_000),
    "nested deeper than the limit in a field": (400, _raw("goodsDescription", b"[" * 70 + b"]" * 70)),
    "lone surrogate in a string": (400, _raw("goodsDescription", b'"\\ud800"')),
    "lone low surrogate in a string": (400, _raw("customerReference", b'"abc\\udfff"')),
    "lone surrogate in a key": (400, _raw("\\udc00", b"1")),
    "NaN": (400, _raw("quantityExpected", b"NaN")),
    "-Infinity": (400, _raw("grossWeightExpected", b"-Infinity")),
    "an integer of 2**70": (422, _raw("quantityExpected", str(2**70).encode())),
    "an integer of 2**63": (422, _raw("grossWeightExpected", str(2**63).encode())),
    "an integer of -2**63 - 1": (422, _raw("quantityExpected", str(-(2**63) - 1).encode())),
    "a 4,000-digit integer": (422, _raw("quantityExpected", b"9" * 4000)),
    "a float overflowing to infinity": (422, _raw("quantityExpected", b"1e400")),
}


@pytest.mark.parametrize("name", list(BODIES))
@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_hostile_bodies_get_a_4xx_and_the_connection_survives(
    http: httpx.Client, shipment_id: str, name: str, method: str
) -> None:
    status, content = BODIES[name]
    path = "/shipment" if method == "POST" else f"/shipment/{shipment_id}"
    response = http.request(method, path, content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == status, response.text
    body = response.json()
    assert body["message"] == ("Validation Failed" if status == 422 else "Problems parsing JSON")
    assert all(set(error) == {"resource", "field", "code", "message"} for error in body.get("errors", []))
    assert [http.post("/shipment", json=export_body()).status_code for _ in range(FOLLOW_UPS)] == [201] * FOLLOW_UPS


def test_a_422_names_every_field_out_of_range(http: httpx.Client) -> None:
    body = export_body(quantityExpected=2**70, grossWeightExpected=-(2**64))
    response = http.post("/shipment", json=body)
    assert response.status_code == 422
    assert sorted((e["field"], e["code"]) for e in response.json()["errors"]) == [
        ("grossWeightExpected", "invalid"),
        ("quantityExpected", "invalid"),
    ]


def test_a_field_the_api_does_not_know_is_ignored_whatever_number_it_holds(http: httpx.Client) -> None:
    """Only declared fields are stored, so only they are refused: the API ignores unknown fields, as the spec's
    open schemas allow."""
    response = http.post("/shipment", content=_raw("somethingElse", b"[" + str(2**70).encode() + b", 1e400]"))
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/shipment", _cursor({"s": CREATED_ASC, "v": ["2026-01-01T00:00:00.000000Z", 2**70]})),
        ("/shipment", {**_cursor({"s": BY_QUANTITY, "v": [2**64, 1]}), "sort[quantityExpected]": "asc"}),
        ("/shipment", _cursor({"s": CREATED_ASC, "v": ["\ud800", 1]})),
        ("/shipment", {"page[cursor]": base64.urlsafe_b64encode(b"[" * 5000).decode()}),
        ("/shipment", _cursor({"s": CREATED_ASC, "v": [float("inf"), 1]})),
        ("/country", _cursor({"s": [["code", "asc"]], "v": [None, 2**70]})),
    ],
)  # fmt: skip
def test_crafted_cursors_get_a_400(http: httpx.Client, shipment_id: str, path: str, params: dict[str, str]) -> None:
    response = http.get(path, params=params)
    assert response.status_code == 400, response.text
    assert [e["field"] for e in response.json()["errors"]] == ["page[cursor]"]
    assert [http.post("/shipment", json=export_body()).status_code for _ in range(FOLLOW_UPS)] == [201] * FOLLOW_UPS


SERVICE_TYPE, CATEGORY = next(iter(SERVICE_TYPES)), next(iter(ANOMALY_CATEGORIES))


@pytest.mark.parametrize(
    ("role", "path", "body"),
    [
        ("shipper", "/shipment-service", {"quantity": 2**70, "isDone": False, "type": SERVICE_TYPE}),
        ("warehouse", "/shipment-anomaly", {"category": CATEGORY, "type": None, "quantity": 1, "balance": 2**70}),
        ("warehouse", "/shipment-anomaly", {"category": CATEGORY, "type": None, "quantity": 2**64, "balance": 1}),
    ],
)
def test_sub_resources_refuse_integers_beyond_64_bits(
    sandbox: Sandbox, http: httpx.Client, role: str, path: str, body: dict[str, Any]
) -> None:
    shipment_id = _create(http, Authorization=f"Bearer {_token(http, 'shipper')}")
    sandbox.control.advance(shipment_id, to="GOODS_RECEIPT")  # anomalies need a handled shipment
    body = {"shipment": shipment_id, "date": None, "observation": None, **body}
    response = http.post(path, json=body, headers={"Authorization": f"Bearer {_token(http, role)}"})
    assert response.status_code == 422, response.text
    assert len(response.json()["errors"]) == 1


@pytest.mark.parametrize(
    ("path", "content", "status"),
    [
        ("/_sandbox/clock", b'{"advance": NaN}', 400),
        ("/_sandbox/clock", b'{"advance": Infinity}', 400),
        ("/_sandbox/clock", b'{"advance": 1e308}', 422),
        ("/_sandbox/clock", b'{"advance": 1e300}', 422),
    ],
)
def test_the_clock_cannot_be_broken(http: httpx.Client, path: str, content: bytes, status: int) -> None:
    """A NaN or far-future clock used to make every later request fail (dates no longer render)."""
    response = http.post(path, content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == status, response.text
    assert http.post("/shipment", json=export_body()).status_code == 201


def test_the_rate_limit_refuses_an_integer_beyond_64_bits(http: httpx.Client) -> None:
    content = b'{"rate": ' + str(2**1100).encode() + b"}"
    response = http.put("/_sandbox/rate-limit", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text


def test_a_500_says_connection_close_and_the_next_requests_succeed(
    http: httpx.Client, shipment_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug still answers a JSON 500, with ``Connection: close``; the client then opens a new connection instead
    of sending its next request into one the server is closing."""
    from onerecord.sandbox import shipments

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(shipments, "get_shipment", broken)
    for _ in range(3):
        response = http.get(f"/shipment/{shipment_id}")
        assert response.status_code == 500
        assert response.json() == {"message": "Internal Server Error"}
        assert response.headers["connection"] == "close"
        assert [http.post("/shipment", json=export_body()).status_code for _ in range(5)] == [201] * 5


def test_through_the_facade_2_70_is_a_typed_error_and_the_client_goes_on(sandbox: Sandbox) -> None:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    fields = {
        "order_reference": "E-ONERECORD",
        "departure": "CDG",
        "departure_country": "FR",
        "arrival": "NRT",
        "arrival_country": "JP",
    }
    with OneRecord(client_id=client_id, client_secret=secret, base_url=sandbox.base_url, rate_limit=None) as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            client.shipments.create(**fields, quantity_expected=2**70)
        assert isinstance(caught.value, OneRecordError)
        assert [e.field for e in caught.value.errors] == ["quantityExpected"]
        created = [client.shipments.create(**fields, quantity_expected=3) for _ in range(FOLLOW_UPS)]
    assert len({s.shipment_id for s in created}) == FOLLOW_UPS


# --- the decoder itself -------------------------------------------------------------------------------------------


def test_the_decoder_accepts_what_the_api_sends() -> None:
    value = {"a": [1, -(2**63), 2**63 - 1, 1.5e308, "\U0001f600", None, True], "b": {"c": "é"}}
    assert decode(json.dumps(value)) == value
    assert decode(json.dumps(value, ensure_ascii=False).encode()) == value


def test_the_decoder_keeps_numbers_out_of_range_as_unstorable() -> None:
    value = decode(
        '{"big": 18446744073709551616, "small": -9223372036854775809, "inf": 1e400, "digits": ' + "9" * 5000 + "}"
    )
    assert all(isinstance(v, UnstorableNumber) for v in value.values())
    assert decode("[9223372036854775807, -9223372036854775808, 1e308]") == [2**63 - 1, -(2**63), 1e308]


def test_the_decoder_allows_nesting_up_to_its_limit() -> None:
    assert decode("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(ApiError) as caught:
        decode("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert caught.value.status == 400


def test_query_parameters_are_bounded_below_sqlites_expression_depth(http: httpx.Client) -> None:
    """A thousand filters used to exceed SQLite's expression depth (a 500); the bound, 400, is far above what a
    request sending every parameter of the spec needs, and far below what SQLite can take."""
    fields = ["quantityExpected", "grossWeightExpected", "createdAt", "departure"]
    ops = {"quantityExpected": "between", "grossWeightExpected": "ne", "createdAt": "gte", "departure": "eq"}
    values = {"quantityExpected": "0,9", "grossWeightExpected": "3", "createdAt": "2020-01-01", "departure": "CDG"}
    params = [(f"filter[{f}][{ops[f]}]", values[f]) for f in fields] * 100
    assert http.get("/shipment", params=params).status_code == 200
    refused = http.get("/shipment", params=[*params, ("page[limit]", "5")])
    assert refused.status_code == 400
    assert [e["field"] for e in refused.json()["errors"]] == ["query"]
    many = [("filter[quantityExpected][gt]", str(i)) for i in range(1000)]
    assert http.get("/shipment", params=many).status_code == 400
