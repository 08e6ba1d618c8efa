"""The control surface refuses web pages (cross-site simple requests, DNS rebinding) and, with a control token,
everyone without it; a sandbox served beyond loopback says so on startup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import httpx
import pytest

from onerecord.sandbox import Sandbox, SandboxControl, SandboxControlError
from onerecord.sandbox import __main__ as cli
from onerecord.sandbox.control_access import TOKEN_ENV, TOKEN_HEADER, host_name, is_loopback

JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed="empty", rate_limit=0, allowed_hosts=("sandbox.internal",)) as server:
        yield server


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url) as client:
        yield client


def _now(http: httpx.Client) -> datetime:
    return datetime.fromisoformat(http.post("/_sandbox/clock", json={"advance": 0}).json()["now"])


def _faults(http: httpx.Client, **headers: str) -> httpx.Response:
    """A write of the control surface that changes nothing (sets no faults)."""
    return http.put("/_sandbox/faults", content=b'{"spec": null}', headers={**JSON, **headers})


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""])
def test_writes_must_be_json_so_a_page_cannot_send_them_without_preflight(
    http: httpx.Client, content_type: str
) -> None:
    before = _now(http)
    response = http.post("/_sandbox/clock", content=b'{"advance": 3600}', headers={"Content-Type": content_type})
    assert response.status_code == 415
    assert "application/json" in response.json()["message"]
    assert (_now(http) - before).total_seconds() < 600  # the clock did not jump an hour


def test_a_text_plain_reset_is_refused_and_resets_nothing(sandbox: Sandbox, http: httpx.Client) -> None:
    response = http.post("/_sandbox/reset", content=b'{"seed": "demo"}', headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    with sandbox.app.state.sandbox.store.read() as conn:  # type: ignore[attr-defined]
        assert conn.execute("SELECT COUNT(*) FROM shipment").fetchone()[0] == 0  # not seeded with the demo data


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1", "https://localhost"])
def test_a_foreign_origin_is_refused(http: httpx.Client, origin: str) -> None:
    response = _faults(http, Origin=origin)
    assert response.status_code == 403
    assert "Cross-origin" in response.json()["message"]


def test_the_sandboxs_own_origin_is_accepted(sandbox: Sandbox, http: httpx.Client) -> None:
    assert _faults(http, Origin=sandbox.base_url).status_code == 200


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_a_browser_saying_cross_site_is_refused(http: httpx.Client, site: str) -> None:
    assert _faults(http, **{"Sec-Fetch-Site": site}).status_code == 403
    assert http.get("/_sandbox/reference", headers={"Sec-Fetch-Site": site}).status_code == 403


@pytest.mark.parametrize("site", ["same-origin", "none"])
def test_a_browser_saying_same_origin_or_typed_url_is_accepted(http: httpx.Client, site: str) -> None:
    assert http.get("/_sandbox/reference", headers={"Sec-Fetch-Site": site}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "0.0.0.0", "192.168.1.10", "localhost.evil.example"]
)
def test_an_unknown_host_is_refused_dns_rebinding(http: httpx.Client, host: str) -> None:
    for response in (http.get("/_sandbox/reference", headers={"Host": host}), _faults(http, Host=host)):
        assert response.status_code == 403
        assert "not a name of this sandbox" in response.json()["message"]


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST:1234", "127.0.0.1", "127.1.2.3:80", "[::1]:8000", "app.localhost", "sandbox.internal:9"],
)
def test_loopback_names_and_the_configured_hosts_are_accepted(http: httpx.Client, host: str) -> None:
    assert http.get("/_sandbox/reference", headers={"Host": host}).status_code == 200


def test_the_public_api_is_not_concerned(http: httpx.Client) -> None:
    response = http.post("/authentication/oauth2/token", data={"grant_type": "x"}, headers={"Host": "evil.example"})
    assert response.status_code == 400  # the API's own answer, not a control-surface refusal


def test_a_control_token_is_required_once_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with Sandbox(seed="empty", rate_limit=0, control_token="s3cret-token") as sandbox:
        with httpx.Client(base_url=sandbox.base_url) as http:
            for headers in ({}, {TOKEN_HEADER: "wrong"}, {TOKEN_HEADER: "s3cret-token-and-more"}):
                response = http.get("/_sandbox/reference", headers=headers)
                assert response.status_code == 401
                assert TOKEN_HEADER in response.json()["message"] and "s3cret" not in response.text
            assert http.get("/_sandbox/reference", headers={TOKEN_HEADER: "s3cret-token"}).status_code == 200
            # With the token, any Host is fine (a container's name, a LAN address): the token is the proof.
            headers = {TOKEN_HEADER: "s3cret-token", "Host": "sandbox.docker"}
            assert http.get("/_sandbox/reference", headers=headers).status_code == 200
            # Cross-site checks still apply.
            assert _faults(http, **{TOKEN_HEADER: "s3cret-token", "Origin": "http://evil.example"}).status_code == 403
        assert sandbox.control.reference()["clients"]  # Sandbox.control passes the token
        with SandboxControl(sandbox.base_url) as anonymous, pytest.raises(SandboxControlError) as refused:
            anonymous.reference()
        assert refused.value.status == 401
        with SandboxControl(sandbox.base_url, control_token="s3cret-token") as holder:
            assert "s3cret" not in repr(holder)
            holder.set_faults(None)
        monkeypatch.setenv(TOKEN_ENV, "s3cret-token")
        with SandboxControl(sandbox.base_url) as from_env:
            assert from_env.reference()["clients"]


def test_host_names_are_read_as_browsers_send_them() -> None:
    assert [host_name(h) for h in ("Example.ORG.:80", "[::1]:8000", "::1", "localhost")] == [
        "example.org",
        "::1",
        "::1",
        "localhost",
    ]
    assert [is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "10.0.0.1", "evil.localhost.com")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


# --- the command line ---------------------------------------------------------------------------------------------


def _busy(host: str, port: int) -> None:
    raise OSError(98, "Address already in use")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_no_warning_on_loopback(host: str) -> None:
    assert cli.exposure_warning(host, None) is None


def test_a_non_loopback_host_warns_and_offers_a_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    monkeypatch.setattr(cli, "_listen", _busy)  # stop right after the startup checks: nothing is served
    assert cli.main(["--host", "0.0.0.0", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("warning: --host 0.0.0.0 makes the sandbox reachable from other machines")
    assert "--control-token" in err and f"{TOKEN_ENV}=" in err
    offered = err.split(f"{TOKEN_ENV}=")[1].split()[0]
    assert len(offered) >= 32  # a fresh random token, ready to paste


def test_with_a_token_the_warning_says_the_control_surface_is_protected(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_listen", _busy)
    monkeypatch.setenv(TOKEN_ENV, "from-the-environment")
    assert cli.parse_args([]).control_token == "from-the-environment"
    assert cli.parse_args(["--control-token", "flag"]).control_token == "flag"
    assert cli.main(["--host", "192.0.2.1", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "requires the control token" in err and "from-the-environment" not in err


def test_the_banner_names_a_usable_local_url_for_a_wildcard_host() -> None:
    assert cli.local_host("0.0.0.0") == "127.0.0.1"
    assert cli.local_host("::") == "[::1]"
    assert cli.local_host("192.0.2.1") == "192.0.2.1"
    text = cli.banner("http://0.0.0.0:8000", "http://127.0.0.1:8000")
    assert text.splitlines()[0] == "One Record sandbox listening on http://0.0.0.0:8000"
    assert "Control surface: http://127.0.0.1:8000/_sandbox/reference" in text
