"""Fixtures for the sandbox tests.

Every request the tests send through ``http``/``api`` goes through :class:`SpecCheckingTransport`, which checks
the request and the sandbox's response against ``openapi/one-record.yaml`` with openapi-core: a response that
does not conform fails the test, and so does a request the spec calls invalid that the sandbox accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.exceptions import OpenAPIError
from openapi_core.templating.paths.exceptions import PathError
from starlette.applications import Starlette
from werkzeug.datastructures import Headers, ImmutableMultiDict

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxControl, SandboxTransport, create_app

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "one-record.yaml"
SPEC_HOST = "https://api.one-record.fr"


class FakeClock:
    """A clock the tests move by hand: token expiry and the rate limit without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class _Request:
    """An httpx request as openapi-core's Request protocol, rebased on the spec's server."""

    def __init__(self, request: httpx.Request, body: bytes) -> None:
        self.host_url = SPEC_HOST
        self.path = request.url.path
        self.method = request.method.lower()
        self.body = body or None
        self.content_type = request.headers.get("content-type", "")
        query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
        multi: dict[str, list[str]] = {}
        for key, value in query:
            multi.setdefault(key, []).append(value)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(multi), header=Headers(dict(request.headers)), cookie=ImmutableMultiDict()
        )


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))
        self.data = response.content


class SpecChecker:
    def __init__(self) -> None:
        self.openapi = OpenAPI.from_dict(yaml.safe_load(SPEC_PATH.read_text()))
        self.checked = 0

    def check(self, request: httpx.Request, body: bytes, response: httpx.Response) -> None:
        if request.url.path.startswith("/_sandbox"):
            return
        req = _Request(request, body)
        request_error: OpenAPIError | None = None
        try:
            self.openapi.validate_request(req)
        except PathError:
            return  # not an operation of the spec (unknown path or method): nothing to conform to
        except OpenAPIError as exc:
            request_error = exc
        try:
            self.openapi.validate_response(req, _Response(response))
        except OpenAPIError as exc:
            raise AssertionError(
                f"{request.method} {request.url.path} -> {response.status_code} does not conform to the spec: "
                f"{exc!r} {getattr(exc, '__cause__', '')!r}\n{response.text[:500]}"
            ) from exc
        if request_error is not None and response.status_code < 400:
            raise AssertionError(
                f"{request.method} {request.url} is invalid per the spec ({request_error!r}) "
                f"but the sandbox answered {response.status_code}"
            )
        self.checked += 1


class SpecCheckingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, checker: SpecChecker) -> None:
        self.inner = inner
        self.checker = checker

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        response = self.inner.handle_request(request)
        response.read()
        self.checker.check(request, body, response)
        return response


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker:
    return SpecChecker()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app_options() -> dict[str, Any]:
    """Override in a test module to change how the sandbox is built."""
    return {"seed": "empty"}


@pytest.fixture
def app(clock: FakeClock, app_options: dict[str, Any]) -> Starlette:
    options = {"rate_limit": 0, "rng_seed": 7, **app_options}
    return create_app(clock=clock, **options)


@pytest.fixture
def transport(app: Starlette, spec_checker: SpecChecker) -> Iterator[SpecCheckingTransport]:
    inner = SandboxTransport(app)
    yield SpecCheckingTransport(inner, spec_checker)
    inner.close()


@pytest.fixture
def http(transport: SpecCheckingTransport) -> Iterator[httpx.Client]:
    with httpx.Client(transport=transport, base_url="http://localhost") as client:
        yield client


def take_token(http: httpx.Client, role: str) -> str:
    client_id, secret = DEMO_CREDENTIALS[role]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    response = http.post("/authentication/oauth2/token", data=form)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


@pytest.fixture
def api(transport: SpecCheckingTransport) -> Iterator[Callable[[str], httpx.Client]]:
    """``api("forwarder")``: a client holding a fresh token of that demo role."""
    clients: list[httpx.Client] = []

    def make(role: str) -> httpx.Client:
        client = httpx.Client(transport=transport, base_url="http://localhost")
        client.headers["Authorization"] = f"Bearer {take_token(client, role)}"
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def control(app: Starlette) -> Iterator[SandboxControl]:
    inner = SandboxTransport(app)
    with SandboxControl(inner) as ctl:
        yield ctl
    inner.close()


def export_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "orderReference": "E-ONERECORD",
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "NRT",
        "arrivalCountry": "JP",
        "quantityExpected": 4,
        "grossWeightExpected": 120.5,
        "goodsDescription": "Machine parts",
    }
    body.update(overrides)
    return body


@pytest.fixture
def new_shipment(api: Callable[[str], httpx.Client]) -> Callable[..., dict[str, Any]]:
    """Create a shipment as ``role`` (forwarder by default) and return its JSON."""

    def make(role: str = "forwarder", **overrides: Any) -> dict[str, Any]:
        response = api(role).post("/shipment", json=export_body(**overrides))
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    return make


def pytest_configure(config: pytest.Config) -> None:
    # openapi-core does not check oauth2 security schemes; the sandbox's 401s are tested directly instead.
    config.addinivalue_line("filterwarnings", "ignore:Unsupported scheme type:UserWarning")
