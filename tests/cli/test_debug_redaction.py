"""--debug tracing: every secret is masked, by name and by value."""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING
from urllib.parse import quote, quote_plus, urlencode

import httpx
import pytest

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


ODD_SECRET = 's3cr/t+v@l"ue é&x=1'  # every encoding of it differs from the raw text
ODD_TOKEN = "eyJ0b2tlbi/+value=="


def encoded_forms(value: str) -> list[str]:
    raw = value.encode()
    return [
        value,
        quote(value, safe=""),
        quote_plus(value),
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    ]


def test_every_encoding_of_a_known_secret_is_masked() -> None:
    redactor = Redactor([ODD_SECRET], client_id="me@example")
    basic = base64.b64encode(f"me@example:{ODD_SECRET}".encode()).decode()
    form_basic = base64.b64encode(f"{quote_plus('me@example')}:{quote_plus(ODD_SECRET)}".encode()).decode()
    for form in [*encoded_forms(ODD_SECRET), basic, form_basic]:
        assert form not in redactor.text(f"seen: <{form}>"), form
        assert "***" in redactor.text(f"seen: <{form}>")


def test_the_basic_form_is_masked_even_when_the_client_id_is_learnt_later() -> None:
    redactor = Redactor([ODD_SECRET])
    redactor.learn_client_id("late-id")
    basic = base64.b64encode(f"late-id:{ODD_SECRET}".encode()).decode()
    assert basic not in redactor.text(basic)


@pytest.mark.parametrize(
    "key",
    ["access_token", "accessToken", "access-token", "ACCESS_TOKEN", "refreshToken", "refresh-token", "idToken",
     "client_secret", "clientSecret", "client-secret", "Client-Secret", "apiKey", "password"],
)  # fmt: skip
def test_secret_keys_are_masked_in_any_spelling_and_their_values_learnt(key: str) -> None:
    redactor = Redactor([])
    body = redactor.body(json.dumps({"data": {key: ODD_TOKEN}}).encode(), "application/json")
    assert ODD_TOKEN not in body and json.loads(body) == {"data": {key: "***"}}
    form = redactor.body(urlencode({key: "form-" + ODD_TOKEN}).encode(), "application/x-www-form-urlencoded")
    assert "form-" not in form and f"{key}=***" in form
    url = redactor.url(f"http://h/cb?{urlencode({key: 'query-' + ODD_TOKEN, 'page': '2'})}")
    assert "query-" not in url and "page=2" in url
    # Learnt: the same value met later, in any encoding, is masked too.
    for form_of_token in encoded_forms(ODD_TOKEN):
        assert form_of_token not in redactor.text(f"later {form_of_token}")


def test_harmless_keys_are_left_alone() -> None:
    redactor = Redactor([])
    text = redactor.body(b'{"token_type": "Bearer", "expires_in": 1800, "tokenType": "x"}', "application/json")
    assert json.loads(text) == {"token_type": "Bearer", "expires_in": 1800, "tokenType": "x"}


def test_debug_trace_masks_camel_case_and_encoded_echoes_of_the_secret_and_tokens() -> None:
    lines: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(
                200, json={"accessToken": ODD_TOKEN, "refreshToken": "r" + ODD_TOKEN, "expiresIn": 60}
            )
        echoed = {
            "seen": quote(ODD_SECRET, safe=""),
            "auth": base64.b64encode(f"me:{ODD_SECRET}".encode()).decode(),
            "note": f"bearer was {quote_plus(ODD_TOKEN)}",
        }
        return httpx.Response(400, json=echoed, headers={"x-echo": quote(ODD_TOKEN, safe="")})

    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="http://localhost")
    ExchangeTracer(Redactor([ODD_SECRET], client_id="me"), lines.append).install(client)
    with client:
        client.post("/authentication/oauth2/token", data={"client_id": "me", "clientSecret": ODD_SECRET})
        client.get("/shipment", params={"access_token": ODD_TOKEN}, headers={"Authorization": f"Bearer {ODD_TOKEN}"})
    text = "\n".join(lines)
    for value in (ODD_SECRET, ODD_TOKEN, "r" + ODD_TOKEN):
        for form in encoded_forms(value):
            assert form not in text, form
    assert base64.b64encode(f"me:{ODD_SECRET}".encode()).decode() not in text
    assert "client_id=me" in text  # the id is not a secret
