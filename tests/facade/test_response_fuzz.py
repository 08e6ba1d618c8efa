"""Fuzzing the facade's response handling: whatever the server answers, only ``OneRecordError``s come out.

Every operation of the spec is exercised through its facade method (operation ids map to ``client.<resource>.<verb>``
by the facade's naming rule, which test_client.py checks against the spec), with its arguments built from the spec's
own parameter and request-body schemas. The server's answer is drawn by hypothesis:

- documents shaped by the operation's documented response schema, where any node may be replaced by a value of the
  wrong type (so every documented response is also tried with wrong types at every depth);
- arbitrary JSON, huge integers, ``NaN``/``Infinity`` (``json.dumps`` writes them), random bytes;
- those documents truncated anywhere, or nested 90 to 1,200 levels deep, as a whole or in one field;
- any status (the documented ones, and anything 200-599), with an odd ``Retry-After`` now and then.

The token route is fuzzed the same way from its own schema (``TokenResponse``). Runs are derandomized (the same
examples every run); ``ONERECORD_FUZZ_EXAMPLES`` raises the number of examples for a longer local run.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from onerecord import AsyncOneRecord, OneRecord, OneRecordError

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "one-record.yaml").read_text())
BASE_URL = "https://api.fuzz.test"
TOKEN_PATH = "/authentication/oauth2/token"
EXAMPLES = int(os.environ.get("ONERECORD_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
SEEN: Counter[str] = Counter()  # outcome -> count, printed by the report hook below (pytest -s)


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, and what the fuzz needs to call it and answer it."""

    operation_id: str
    method: str
    path: str
    statuses: tuple[int, ...]  # documented statuses ("5XX" as 500 and 503)
    schemas: dict[int, dict[str, Any]]  # status -> documented JSON schema of the body
    parameters: tuple[dict[str, Any], ...]
    request_schema: dict[str, Any] | None

    @property
    def facade_method(self) -> tuple[str, str]:
        """``createShipmentAnomaly`` -> (``shipment_anomalies``, ``create``): the facade's naming rule."""
        verb, noun = re.fullmatch(r"([a-z]+)([A-Z]\w*)", self.operation_id).groups()  # type: ignore[union-attr]
        resource = re.sub(r"(?<!^)([A-Z])", r"_\1", noun).lower()
        if not resource.endswith("s"):
            resource = resource[:-1] + "ies" if resource.endswith("y") else resource + "s"
        return resource, verb


def _operations() -> list[Operation]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "delete", "patch"}:
                continue
            statuses: list[int] = []
            schemas: dict[int, dict[str, Any]] = {}
            for key, response in operation["responses"].items():
                codes = [500, 503] if key.upper() == "5XX" else [int(key)]
                content = resolve(response).get("content", {}).get("application/json")
                for code in codes:
                    statuses.append(code)
                    if content is not None:
                        schemas[code] = content["schema"]
            body = operation.get("requestBody")
            request_schema = body["content"][next(iter(body["content"]))]["schema"] if body else None
            parameters = tuple(resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])])
            found.append(
                Operation(
                    operation["operationId"], method.upper(), path, tuple(statuses), schemas, parameters, request_schema
                )
            )
    return found


OPERATIONS = _operations()
TOKEN_OPERATION = next(op for op in OPERATIONS if op.path == TOKEN_PATH)
API_OPERATIONS = [op for op in OPERATIONS if op is not TOKEN_OPERATION]


# -- arguments: one valid sample per schema, from the spec ---------------------------------------------------------


def sample(schema: dict[str, Any]) -> Any:
    """A value that the facade accepts for ``schema`` (it checks types, not patterns: the server is the judge)."""
    schema = resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return sample(next(s for s in schema[key] if resolve(s).get("type") != "null"))
    kind = schema.get("type")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "uuid":
            return "0b6f5a52-3c41-4c1e-9a40-5f2b8e0f7a11"
        if fmt == "date-time":
            return "2024-03-16T11:00:00Z"
        return "FR" if schema.get("pattern") == "^[A-Z]{2}$" else "CDG"
    if kind in ("number", "integer"):
        return 1
    if kind == "boolean":
        return False
    if kind == "array":
        return [sample(schema["items"])]
    if kind == "object":
        return {name: sample(schema["properties"][name]) for name in schema.get("required", [])}
    return "x"


def call_arguments(operation: Operation) -> list[Any]:
    """Positional arguments of the facade method: path parameters, then the body (as a dict in API names)."""
    args: list[Any] = [sample(p["schema"]) for p in operation.parameters if p.get("in") == "path"]
    if operation.request_schema is not None:
        body = sample(operation.request_schema)
        if not body:  # an update with nothing required: send one field
            schema = resolve(operation.request_schema)
            name = next(iter(schema["properties"]))
            body = {name: sample(schema["properties"][name])}
        args.append(body)
    return args


def call(client: OneRecord, operation: Operation) -> object:
    resource_name, verb = operation.facade_method
    result = getattr(getattr(client, resource_name), verb)(*call_arguments(operation))
    if verb == "list":
        return list(islice(result, 50))
    return result


# -- answers: documented shapes with wrong types anywhere, junk, truncations, deep nesting --------------------------

JUNK = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats()  # NaN and infinities included: json.dumps writes them as the non-standard constants
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


TOKEN_LIKE = st.from_regex(r"[A-Za-z0-9._~+/-]{1,30}", fullmatch=True)  # so that some token answers are usable


def shaped(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Documents of ``schema``, where any node may instead be junk of any type."""
    right = _right(resolve(schema), depth)
    return st.one_of(right, right, right, JUNK) if depth < 6 else JUNK


def _right(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([shaped(s, depth + 1) for s in schema[key]])
    kinds = schema.get("type")
    if kinds is None:
        return JUNK
    return st.one_of([_typed(kind, schema, depth) for kind in (kinds if isinstance(kinds, list) else [kinds])])


def _typed(kind: str, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "uuid":
            return st.uuids().map(str) | st.text(max_size=40)
        if fmt == "date-time":
            return st.datetimes().map(lambda d: d.isoformat()) | st.text(max_size=30)
        return st.text(max_size=20) | TOKEN_LIKE
    if kind == "integer":
        return st.integers(min_value=-(10**400), max_value=10**400)
    if kind == "number":
        return st.integers() | st.floats()
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(shaped(schema.get("items", {}), depth + 1), max_size=3)
    properties = schema.get("properties", {})
    required = {name: shaped(properties[name], depth + 1) for name in schema.get("required", [])}
    optional = {name: shaped(s, depth + 1) for name, s in properties.items() if name not in required}
    return st.fixed_dictionaries(required, optional=optional) | st.dictionaries(st.text(max_size=8), JUNK, max_size=3)


# Around the recursion limit (1,000) and the client's own cap (100), and far beyond.
DEPTHS = st.sampled_from([99, 101, 995, 1_000, 1_005, 5_000]) | st.integers(min_value=90, max_value=1_200)


@st.composite
def answers(draw: st.DrawFn, operation: Operation) -> httpx.Response:
    success = min(operation.statuses)  # the documented 2xx: half the answers, since that is where parsing happens
    status = draw(st.just(success) | st.sampled_from(operation.statuses) | st.integers(min_value=200, max_value=599))
    schema = operation.schemas.get(status) or operation.schemas.get(min(operation.schemas, default=200)) or {}
    document = draw(shaped(schema) | JUNK)
    content = json.dumps(document).encode()
    shape = draw(st.sampled_from(["as-is", "truncated", "nested", "nested-field", "bytes", "empty"]))
    if shape == "truncated":
        content = content[: draw(st.integers(min_value=0, max_value=max(len(content) - 1, 0)))]
    elif shape == "nested":
        levels = draw(DEPTHS)
        content = b"[" * levels + content + b"]" * levels
    elif shape == "nested-field" and isinstance(document, dict) and document:
        levels = draw(DEPTHS)
        key = draw(st.sampled_from(sorted(document)))
        document[key] = "\x00DEEP\x00"
        deep = b'{"a": ' * levels + b"1" + b"}" * levels
        content = json.dumps(document).encode().replace(b'"\\u0000DEEP\\u0000"', deep)
    elif shape == "bytes":
        content = draw(st.binary(max_size=64))
    elif shape == "empty":
        content = b""
    headers = {"Content-Type": "application/json"}
    if draw(st.booleans()):
        headers["Retry-After"] = draw(st.sampled_from(["0", "-1", "1e400", "nan", "Wed, 21 Oct 2015 07:28:00 GMT"]))
    event(f"shape: {shape}")
    return httpx.Response(status, headers=headers, content=content)


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> OneRecord:
    return OneRecord(
        client_id="fuzz",
        client_secret="fuzz-secret",
        base_url=BASE_URL,
        rate_limit=None,
        max_retries=0,  # every answer reaches the parsing; retries are tested elsewhere
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def _good_token(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"access_token": "fuzz-token", "expires_in": 3600, "token_type": "Bearer"})


def _outcome(run: Callable[[], object]) -> None:
    """Run a call; anything but a result or a OneRecordError fails the example. Outcomes are counted."""
    try:
        result = run()
    except OneRecordError as error:
        SEEN[type(error).__name__] += 1
        event(f"raised {type(error).__name__}")
    else:
        SEEN["returned"] += 1
        event("returned")
        assert not _non_finite(result), result  # NaN and infinities are refused, never handed over


def _non_finite(value: object, depth: int = 0) -> bool:
    """Whether a returned value holds a NaN or an infinity anywhere (models, lists, additional properties)."""
    if isinstance(value, float):
        return not math.isfinite(value)
    if depth > 50:
        return False
    if isinstance(value, dict):
        return any(_non_finite(v, depth + 1) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_non_finite(v, depth + 1) for v in value)
    if attrs.has(type(value)):
        return any(_non_finite(getattr(value, f.name), depth + 1) for f in attrs.fields(type(value)))
    return False


@FUZZ
@given(data=st.data())
def test_any_api_answer_gives_a_result_or_a_one_record_error(data: st.DataObject) -> None:
    operation = data.draw(st.sampled_from(API_OPERATIONS), label="operation")
    reply = data.draw(answers(operation), label="reply")

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return _good_token(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    with _client(handle) as client:
        _outcome(lambda: call(client, operation))


@FUZZ
@given(reply=answers(TOKEN_OPERATION), operation=st.sampled_from(API_OPERATIONS))
def test_any_token_answer_gives_a_result_or_a_one_record_error(reply: httpx.Response, operation: Operation) -> None:
    success = min(operation.statuses)  # the documented 2xx, answered with a valid sample of its schema (if any)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        if success not in operation.schemas:
            return httpx.Response(success)
        return httpx.Response(success, json=sample(operation.schemas[success]))

    with _client(handle) as client:
        _outcome(lambda: call(client, operation))


async def acall(client: AsyncOneRecord, operation: Operation) -> object:
    """:func:`call` through the async client."""
    resource_name, verb = operation.facade_method
    method = getattr(getattr(client, resource_name), verb)
    args = call_arguments(operation)
    if verb == "list":
        return [item async for item in method(*args, max_items=50)]
    return await method(*args)


@settings(FUZZ, max_examples=max(EXAMPLES // 3, 10))
@given(data=st.data())
def test_the_async_client_too(data: st.DataObject) -> None:
    operation = data.draw(st.sampled_from(API_OPERATIONS), label="operation")
    api_reply = data.draw(answers(operation), label="reply")
    token_reply = data.draw(st.just(None) | answers(TOKEN_OPERATION), label="token reply")

    async def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            if token_reply is None:
                return _good_token(request)
            return httpx.Response(token_reply.status_code, headers=token_reply.headers, content=token_reply.content)
        return httpx.Response(api_reply.status_code, headers=api_reply.headers, content=api_reply.content)

    async def run() -> object:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        options: dict[str, Any] = {"client_id": "fuzz", "client_secret": "fuzz-secret", "max_retries": 0}
        async with http, AsyncOneRecord(base_url=BASE_URL, rate_limit=None, http_client=http, **options) as client:
            return await acall(client, operation)

    _outcome(lambda: asyncio.run(run()))


def test_the_operations_come_from_the_spec_and_each_has_a_facade_method() -> None:
    assert {op.operation_id for op in API_OPERATIONS} >= {"listShipments", "getPlace", "deleteShipment"}
    for operation in API_OPERATIONS:
        resource, verb = operation.facade_method
        assert callable(getattr(getattr(OneRecord, resource).func(None), verb)), operation.operation_id


@pytest.fixture(scope="module", autouse=True)
def _report_outcomes() -> Any:
    yield
    if SEEN:
        print(f"\nfuzz outcomes ({EXAMPLES} examples per test): {dict(sorted(SEEN.items()))}")
