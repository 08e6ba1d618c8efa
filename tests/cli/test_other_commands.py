"""services, anomalies, places, countries and auth commands against the in-process sandbox."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxControl

if TYPE_CHECKING:
    from conftest import Cli

SHIPMENT = [
    "--order-reference=E-ONERECORD",
    "--departure=CDG",
    "--departure-country=FR",
    "--arrival=NRT",
    "--arrival-country=JP",
    "--quantity-expected=3",
]


def new_shipment(cli: Cli, role: str) -> str:
    created = cli.json("shipments", "create", *SHIPMENT, role=role)
    return str(created["shipmentId"])


def service_type(control: SandboxControl, name: str = "HANDLING") -> str:
    return next(t["id"] for t in control.reference()["serviceTypes"] if t["name"] == name)


def test_service_create_update_delete(cli: Cli, control: SandboxControl) -> None:
    shipment_id = new_shipment(cli, "shipper")
    created = cli.json(
        "services", "create", "--shipment", shipment_id, "--type", service_type(control), "--quantity", "2",
        "--not-done", role="shipper",
    )  # fmt: skip
    assert created["shipment"] == shipment_id and created["quantity"] == 2 and created["isDone"] is False
    service_id = str(created["id"])

    updated = cli.json("services", "update", service_id, "--set", "quantity=5", role="shipper")
    assert updated["quantity"] == 5

    deleted = cli.run("services", "delete", service_id, "--yes", role="shipper")
    assert deleted.exit_code == 0, deleted.output
    again = cli.run("services", "delete", service_id, "--yes", role="shipper")
    assert again.exit_code == 3 and "404" in again.stderr


def test_service_refused_to_a_forwarder_is_an_api_error(cli: Cli, control: SandboxControl) -> None:
    shipment_id = new_shipment(cli, "forwarder")
    result = cli.run(
        "services", "create", "--shipment", shipment_id, "--type", service_type(control), "--quantity", "1", "--done"
    )
    assert result.exit_code == 3
    assert result.stderr.startswith("error: 403 ")


def test_service_create_with_a_missing_field_is_a_usage_error(cli: Cli) -> None:
    result = cli.run("services", "create", "--quantity", "1", role="shipper")
    assert result.exit_code == 2 and "missing required field" in result.stderr


def test_anomaly_create_by_the_warehouse(cli: Cli, control: SandboxControl) -> None:
    shipment_id = new_shipment(cli, "forwarder")
    control.advance(shipment_id, to="GOODS_RECEIPT")
    anomaly: dict[str, Any] = cli.json(
        "anomalies", "create", "--shipment", shipment_id, "--category", "DAMAGE", "--type", "DAMAGE_WET",
        "--quantity", "1", "--balance", "2", "--date", "2026-11-26T08:30:00Z", "--observation", "box 2 wet",
        role="warehouse",
    )  # fmt: skip
    assert anomaly["shipment"] == shipment_id
    assert anomaly["observation"] == "box 2 wet"
    bad_date = cli.run("anomalies", "create", "--shipment", shipment_id, "--date", "tuesday", role="warehouse")
    assert bad_date.exit_code == 2 and "'--date'" in bad_date.stderr


def test_places_get_with_its_country(cli: Cli) -> None:
    place = cli.json("places", "get", "cdg", "--group", "country")
    assert place["code"] == "CDG"
    assert place["country"]["code"] == "FR"
    missing = cli.run("places", "get", "XXX")
    assert missing.exit_code == 3 and "404" in missing.stderr


def test_countries_list_filters_and_sorts(cli: Cli) -> None:
    assert [c["code"] for c in cli.json("countries", "list", "--filter", "code:eq:US")] == ["US"]
    codes = [c["code"] for c in cli.json("countries", "list", "--sort", "-code", "--max-items", "5")]
    assert codes == sorted(codes, reverse=True) and len(codes) == 5
    everything = cli.run("countries", "list", "--format", "csv", "--limit", "200")
    assert everything.exit_code == 0
    assert everything.stdout.splitlines()[0] == "code,name"
    assert len(everything.stdout.splitlines()) > 240  # every ISO 3166 country, over several pages


def test_auth_check_shows_url_client_and_expiry_never_secrets(cli: Cli) -> None:
    result = cli.run("auth", "check")
    assert result.exit_code == 0, result.output
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    assert "base URL:   http://localhost" in result.stdout
    assert f"client id:  {client_id}" in result.stdout
    assert "expires in 30m00s" in result.stdout
    assert secret not in result.output
    assert "token:      valid" in result.stdout
    assert len(result.stdout.splitlines()) == 3  # nothing else: no token, no secret


def test_auth_check_with_a_wrong_secret(cli: Cli) -> None:
    env = {**cli.credentials_env(), "ONERECORD_CLIENT_SECRET": "wrong-secret-value"}
    result = cli.run("auth", "check", env=env)
    assert result.exit_code == 3
    assert result.stderr.startswith("error: 401 ")
    assert "wrong-secret-value" not in result.output


def test_debug_shows_the_exchange_and_the_traceback_without_secrets(cli: Cli) -> None:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    result = cli.run("--debug", "shipments", "get", "00000000-0000-4000-8000-000000000000")
    assert result.exit_code == 3
    err = result.stderr
    assert "> POST http://localhost/authentication/oauth2/token" in err
    assert f"client_id={client_id}" in err and "client_secret=***" in err
    assert '"access_token": "***"' in err
    assert "authorization: Bearer ***" in err
    assert "< 404 " in err
    assert "Traceback (most recent call last)" in err and "NotFoundError" in err
    assert err.strip().splitlines()[-1].startswith("error: 404 ")
    assert secret not in result.output
    token = json.loads(next(line for line in err.splitlines() if "expires_in" in line)[2:])["access_token"]
    assert token == "***"


def test_without_debug_there_is_no_traceback(cli: Cli) -> None:
    result = cli.run("shipments", "get", "00000000-0000-4000-8000-000000000000")
    assert "Traceback" not in result.output and "> GET" not in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["shipments", "list"],
        ["auth", "check"],
        ["countries", "list"],
        ["places", "get", "CDG"],
        ["shipments", "delete", "6f1c1f0e-0000-4000-8000-000000000000", "--yes"],
        ["export", "shipments", "--out", "{tmp}/out.jsonl"],
    ],
    ids=" ".join,
)
def test_network_error_has_its_own_exit_code(cli: Cli, command: list[str], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from onerecord._hooks import installed
    from onerecord.cli._app import app
    from onerecord.cli._context import Hooks

    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    env = {
        "ONERECORD_CLIENT_ID": client_id,
        "ONERECORD_CLIENT_SECRET": secret,
        "ONERECORD_BASE_URL": "http://127.0.0.1:9",
    }
    hooks = Hooks(env=env, config_path=cli.config_path)
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    with installed(sleep=lambda s: None):
        result = CliRunner().invoke(app, args, obj=hooks)
    assert result.exit_code == 4, result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert error_lines == [result.stderr.splitlines()[-1]]
    assert error_lines[0].startswith("error: cannot reach http://127.0.0.1:9/")


def test_missing_credentials_say_how_to_give_them(cli: Cli) -> None:
    result = cli.run("shipments", "list", env={})
    assert result.exit_code == 2
    assert "--client-id" in result.stderr and "ONERECORD_CLIENT_ID" in result.stderr
