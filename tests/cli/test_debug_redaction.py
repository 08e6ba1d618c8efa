"""--debug tracing: every secret is masked, by name and by value."""

from __future__ import annotations

import json

import httpx

from onerecord.cli._debug import ExchangeTracer, Redactor

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
