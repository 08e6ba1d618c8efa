"""``onerecord shipments ...`` against the in-process sandbox."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Cli

NEW_SHIPMENT = [
    "--order-reference",
    "E-ONERECORD",
    "--departure",
    "CDG",
    "--departure-country",
    "FR",
    "--arrival",
    "NRT",
    "--arrival-country",
    "JP",
    "--quantity-expected",
    "3",
]


def create(cli: Cli, *extra: str) -> dict[str, object]:
    result = cli.run("shipments", "create", *NEW_SHIPMENT, *extra, "--format", "json")
    assert result.exit_code == 0, result.output
    created: dict[str, object] = json.loads(result.stdout)
    return created


def test_list_follows_every_page_as_jsonl(cli: Cli) -> None:
    result = cli.run("shipments", "list", "--limit", "50", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["shipmentId"] for line in result.stdout.splitlines()]
    assert len(ids) > 50  # more than one page
    assert len(set(ids)) == len(ids)


def test_list_filters_sorts_and_stops_at_max_items(cli: Cli) -> None:
    shipments = cli.json(
        "shipments", "list", "--filter", "quantityExpected:gt:5", "--sort", "-createdAt", "--max-items", "15"
    )
    assert len(shipments) == 15
    assert all(s["quantityExpected"] > 5 for s in shipments)
    created = [s["createdAt"] for s in shipments]
    assert created == sorted(created, reverse=True)


def test_list_as_csv_and_as_a_plain_table(cli: Cli) -> None:
    result = cli.run("shipments", "list", "--max-items", "3", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and all(uuid.UUID(row["shipmentId"]) for row in rows)
    table = cli.run("shipments", "list", "--max-items", "3")
    lines = table.stdout.splitlines()
    assert lines[0].split()[:2] == ["shipmentId", "orderReference"]
    assert len(lines) == 4
    assert "\x1b[" not in table.stdout  # CliRunner is not a terminal: plain output


def test_bad_filter_is_a_usage_error_naming_the_filter(cli: Cli) -> None:
    result = cli.run("shipments", "list", "--filter", "quantityReal:approx:10")
    assert result.exit_code == 2
    assert "'--filter'" in result.stderr and "quantityReal:approx:10" in result.stderr
    assert "operator 'approx' not allowed" in result.stderr
    assert result.stdout == ""
    result = cli.run("shipments", "list", "--sort", "colour")
    assert result.exit_code == 2 and "cannot sort by 'colour'" in result.stderr


def test_get_shows_every_field_and_expands_groups(cli: Cli) -> None:
    created = create(cli, "--customer-reference", "PO-77")
    shipment_id = str(created["shipmentId"])
    table = cli.run("shipments", "get", shipment_id)
    assert table.exit_code == 0
    assert any(line.split() == ["customerReference", "PO-77"] for line in table.stdout.splitlines())
    shown = cli.json("shipments", "get", shipment_id, "--group", "events")
    assert shown["shipmentId"] == shipment_id
    assert shown["events"] and all(isinstance(event, dict) for event in shown["events"])


def test_get_unknown_id_is_a_404_with_exit_code_3(cli: Cli) -> None:
    missing = str(uuid.UUID(int=12345))
    result = cli.run("shipments", "get", missing)
    assert result.exit_code == 3
    line = result.stderr.strip()
    assert line.startswith("error: 404 ")
    assert missing in line
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_malformed_id_is_caught_before_any_request(cli: Cli) -> None:
    result = cli.run("shipments", "get", "12")
    assert result.exit_code == 2 and "'12' is not a UUID" in result.stderr


def test_create_refused_by_the_server_shows_status_and_field_errors(cli: Cli) -> None:
    args = [a if a != "JP" else "ZZ" for a in NEW_SHIPMENT]
    result = cli.run("shipments", "create", *args)
    assert result.exit_code == 3
    line = result.stderr.strip()
    assert line.startswith("error: 422 Validation Failed")
    assert "arrivalCountry" in line and "ISO 3166-1" in line


def test_create_missing_required_fields_is_a_usage_error(cli: Cli) -> None:
    result = cli.run("shipments", "create", "--departure", "CDG")
    assert result.exit_code == 2
    assert "missing required field" in result.stderr


def test_create_from_a_file_with_options_overriding_it(cli: Cli, tmp_path: Path) -> None:
    body = {
        "orderReference": "E-ONERECORD",
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "JFK",
        "arrivalCountry": "US",
        "quantityExpected": 2,
        "customerReference": "from-file",
    }
    path = tmp_path / "shipment.json"
    path.write_text(json.dumps(body))
    result = cli.run(
        "shipments",
        "create",
        "--file",
        str(path),
        "--customer-reference",
        "PO-9",
        "--set",
        "isDangerous=true",
        "-o",
        "json",
    )
    assert result.exit_code == 0, result.output
    created = json.loads(result.stdout)
    assert created["arrival"] == "JFK"
    assert created["customerReference"] == "PO-9"
    assert created["isDangerous"] is True


def test_update_sets_and_clears_fields(cli: Cli) -> None:
    shipment_id = str(create(cli, "--customer-reference", "old")["shipmentId"])
    result = cli.run(
        "shipments",
        "update",
        shipment_id,
        "--set",
        "customerReference=PO-1234",
        "--set",
        "quantityExpected=4",
        "-o",
        "json",
    )
    assert result.exit_code == 0, result.output
    updated = json.loads(result.stdout)
    assert (updated["customerReference"], updated["quantityExpected"]) == ("PO-1234", 4)
    cleared = cli.json("shipments", "update", shipment_id, "--set", "customerReference=null")
    assert cleared["customerReference"] is None


def test_update_checks_set_before_sending(cli: Cli) -> None:
    shipment_id = str(uuid.UUID(int=1))
    for item, message in [
        ("colour=red", "unknown field 'colour'"),
        ("quantityExpected=many", "'many' is not a number"),
        ("customerReference", "expected FIELD=VALUE"),
    ]:
        result = cli.run("shipments", "update", shipment_id, "--set", item)
        assert result.exit_code == 2, item
        assert message in result.stderr
    result = cli.run("shipments", "update", shipment_id)
    assert result.exit_code == 2 and "nothing to change" in result.stderr


def test_delete_asks_for_confirmation(cli: Cli) -> None:
    shipment_id = str(create(cli)["shipmentId"])
    refused = cli.run("shipments", "delete", shipment_id)  # no terminal to ask on, no --yes
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert cli.run("shipments", "get", shipment_id).exit_code == 0  # still there

    deleted = cli.run("shipments", "delete", shipment_id, "--yes")
    assert deleted.exit_code == 0, deleted.output
    assert f"deleted shipment {shipment_id}" in deleted.stderr
    assert cli.run("shipments", "get", shipment_id).exit_code == 3


def test_delete_prompt_on_a_terminal(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from onerecord.cli.commands import _common

    monkeypatch.setattr(_common, "stdin_is_tty", lambda: True)
    shipment_id = str(create(cli)["shipmentId"])
    kept = cli.run("shipments", "delete", shipment_id, input="n\n")
    assert kept.exit_code == 1 and "nothing was changed" in kept.stderr
    # The question goes to stderr: with stdout redirected (`... > log`) it must still be seen, and not pollute the log.
    assert f"Delete shipment {shipment_id}?" in kept.stderr
    assert "Delete shipment" not in kept.stdout  # (CliRunner echoes the typed answer there itself)
    assert cli.run("shipments", "get", shipment_id).exit_code == 0
    gone = cli.run("shipments", "delete", shipment_id, input="y\n")
    assert gone.exit_code == 0
    assert cli.run("shipments", "get", shipment_id).exit_code == 3


def test_another_society_cannot_see_the_shipment(cli: Cli) -> None:
    shipment_id = str(create(cli)["shipmentId"])
    result = cli.run("shipments", "get", shipment_id, role="shipper")
    assert result.exit_code == 3 and "404" in result.stderr
