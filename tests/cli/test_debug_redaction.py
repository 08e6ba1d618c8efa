"""--debug tracing: every secret is masked, by name and by value."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import httpx

from onerecord.cli._debug import ExchangeTracer, Redactor

if TYPE_CHECKING:
    from conftest import Cli

SECRET = "s3cr3t-value"
TOKEN = "tok-abcdef-123456"


def traced_client(lines: list[str]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            body = {"access_token": TOKEN, "refresh_token": "r-" + TOKEN, "expires_in": 1800}
            return httpx.Response(200, json=body)
        return httpx.Response(404, json={"message": f"no such thing, token {TOKEN}"})

    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="http://localhost")
    ExchangeTracer(Redactor([SECRET]), lines.append).install(client)
    return client


def test_token_exchange_is_shown_without_any_secret() -> None:
    lines: list[str] = []
    with traced_client(lines) as client:
        client.post("/authentication/oauth2/token", data={"client_id": "me", "client_secret": SECRET})
        client.get("/shipment/x", headers={"Authorization": f"Bearer {TOKEN}"})
    text = "\n".join(lines)
    assert SECRET not in text
    assert TOKEN not in text
    assert "> POST http://localhost/authentication/oauth2/token" in text
    assert "client_id=me" in text and "client_secret=***" in text
    assert "authorization: Bearer ***" in text
    assert "< 404 Not Found" in text
    token_body = next(line for line in lines if "expires_in" in line)
    assert json.loads(token_body[2:]) == {"access_token": "***", "refresh_token": "***", "expires_in": 1800}


def test_redactor_masks_known_values_anywhere() -> None:
    redactor = Redactor([SECRET, None, ""])
    assert redactor.text(f"echo {SECRET}!") == "echo ***!"
    assert redactor.header("Cookie", "a=b") == "***"
    assert redactor.body(b'{"nested": [{"password": "p"}]}', "application/json") == '{"nested": [{"password": "***"}]}'


class _LeakyFailure(httpx.BaseTransport):
    """Passes the token request through, then fails with an exception whose text holds the secret and the token."""

    def __init__(self, inner: httpx.BaseTransport, secret: str) -> None:
        self.inner = inner
        self.secret = secret
        self.tokens: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return self.inner.handle_request(request)
        token = request.headers["authorization"].split(" ", 1)[1]
        self.tokens.append(token)
        try:
            raise ValueError(f"upstream refused {self.secret}")
        except ValueError as cause:
            raise RuntimeError(f"proxy failure for token={token}", token) from cause


def test_debug_traceback_never_shows_the_secret_or_the_token(cli: Cli) -> None:
    secret = cli.credentials_env()["ONERECORD_CLIENT_SECRET"]
    leaky: list[_LeakyFailure] = []
    cli.wrap = lambda inner: leaky.append(_LeakyFailure(inner, secret)) or leaky[-1]
    result = cli.run("--debug", "shipments", "list")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "RuntimeError" in result.stderr and "ValueError" in result.stderr
    assert "upstream refused ***" in result.stderr  # the cause's text, masked
    assert "proxy failure for token=***" in result.stderr  # the token learnt from the token response, masked
    assert leaky[0].tokens and leaky[0].tokens[0] not in result.stderr
    assert secret not in result.stderr
    assert "run with --debug" not in result.stderr  # it was given


def test_without_debug_the_error_line_masks_the_token_too(cli: Cli) -> None:
    secret = cli.credentials_env()["ONERECORD_CLIENT_SECRET"]
    leaky: list[_LeakyFailure] = []
    cli.wrap = lambda inner: leaky.append(_LeakyFailure(inner, secret)) or leaky[-1]
    result = cli.run("shipments", "list")
    assert result.exit_code == 1
    assert "proxy failure for token=***" in result.stderr
    assert leaky[0].tokens and leaky[0].tokens[0] not in result.stderr
    assert secret not in result.stderr
