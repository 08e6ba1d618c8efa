"""Token route: client credentials only, RFC 6749 error bodies, expiry by the injected clock."""

from __future__ import annotations

import httpx
import pytest

from onerecord.sandbox import DEMO_CREDENTIALS

TOKEN = "/authentication/oauth2/token"


def form(role: str = "forwarder", **overrides: str) -> dict[str, str]:
    client_id, secret = DEMO_CREDENTIALS[role]
    return {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret, **overrides}


@pytest.mark.parametrize("role", sorted(DEMO_CREDENTIALS))
def test_every_demo_client_gets_a_bearer_token(http: httpx.Client, role: str) -> None:
    assert DEMO_CREDENTIALS[role] == (f"demo-{role}", f"demo-{role}-secret")
    response = http.post(TOKEN, data=form(role))
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 1800
    assert body["access_token"] and body["refresh_token"]


def test_wrong_secret_is_invalid_client(http: httpx.Client) -> None:
    response = http.post(TOKEN, data=form(client_secret="not-the-secret"))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert "not-the-secret" not in response.text


def test_unknown_client_is_invalid_client(http: httpx.Client) -> None:
    response = http.post(TOKEN, data=form(client_id="nobody"))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_other_grant_types_are_unsupported(http: httpx.Client) -> None:
    response = http.post(TOKEN, data=form(grant_type="password"))
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_missing_fields_are_invalid_request(http: httpx.Client) -> None:
    response = http.post(TOKEN, data={"grant_type": "client_credentials"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_a_json_token_request_is_refused(http: httpx.Client) -> None:
    response = http.post(TOKEN, json=form())
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_token_expires_after_its_ttl(http: httpx.Client, clock) -> None:
    token = http.post(TOKEN, data=form()).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    clock.advance(1799)
    assert http.get("/shipment", headers=headers).status_code == 200
    clock.advance(1)
    response = http.get("/shipment", headers=headers)
    assert response.status_code == 401
    assert "expired" in response.json()["message"]


@pytest.mark.parametrize("app_options", [{"seed": "empty", "token_ttl": 60}])
def test_token_ttl_is_configurable(http: httpx.Client, clock) -> None:
    body = http.post(TOKEN, data=form()).json()
    assert body["expires_in"] == 60
    clock.advance(60)
    assert http.get("/shipment", headers={"Authorization": f"Bearer {body['access_token']}"}).status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer unknown-token", "Basic Zm9vOmJhcg==", "Bearer "])
def test_missing_or_unknown_token_is_401_with_error_body(http: httpx.Client, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = http.get("/shipment", headers=headers)
    assert response.status_code == 401
    assert response.json()["message"]
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_control_surface_clock_expires_tokens(http: httpx.Client, control) -> None:
    token = http.post(TOKEN, data=form()).json()["access_token"]
    control.advance_clock(1800)
    assert http.get("/shipment", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_versioned_prefix_serves_the_same_api(http: httpx.Client) -> None:
    token = http.post("/v1" + TOKEN, data=form()).json()["access_token"]
    assert http.get("/v1/shipment", headers={"Authorization": f"Bearer {token}"}).status_code == 200
