"""What a person meets at the terminal: a closed pipe, flags in help, missing fields, a 401 from mixed sources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from onerecord.cli._app import app
from onerecord.cli._schema import body_fields, option_name
from onerecord.cli.commands import COMMANDS
from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

if TYPE_CHECKING:
    from conftest import Cli


@pytest.fixture(scope="module")
def live_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    config = tmp_path_factory.mktemp("config") / "none.toml"
    with Sandbox(seed="demo", rate_limit=0, rng_seed=5) as sandbox:
        yield {
            **os.environ,
            "ONERECORD_BASE_URL": sandbox.base_url,
            "ONERECORD_CLIENT_ID": client_id,
            "ONERECORD_CLIENT_SECRET": secret,
            "ONERECORD_CONFIG": str(config),
        }


@pytest.mark.parametrize(
    "args", [["shipments", "list", "--max-items", "3"], ["shipments", "list", "--format", "csv"], ["--help"]]
)
def test_a_reader_gone_early_ends_the_command_quietly_with_141(live_env: dict[str, str], args: list[str]) -> None:
    """`onerecord shipments list | head`: the reader has gone; no traceback, no error line, exit 141 (SIGPIPE)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write meets a closed pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "onerecord.cli", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=live_env,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""


def help_of(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    return result.stdout


def every_command() -> list[list[str]]:
    found = []
    for name in COMMANDS:
        group = app_group().get_command(None, name)  # type: ignore[arg-type]
        subcommands = getattr(group, "commands", None)
        found += [[name, sub] for sub in subcommands] if subcommands else [[name]]
    return found


def app_group():  # type: ignore[no-untyped-def]
    import typer.main

    return typer.main.get_command(app)


def test_boolean_flags_are_shown_as_flags_in_every_help() -> None:
    texts = [help_of()] + [help_of(*command) for command in every_command()]
    for text in texts:
        assert "<bool>" not in text.lower() and "BOOLEAN" not in text
    assert "--debug " in texts[0]  # the flag itself, with nothing after it but its help
    assert any("--done / --not-done" in text for text in texts)


def test_a_missing_required_field_names_the_options_to_give(cli: Cli) -> None:
    result = cli.run("shipments", "create", "--order-reference", "E-ONERECORD")
    assert result.exit_code == 2
    message = result.stderr
    required = [f.api for f in body_fields("ShipmentCreate").values() if f.required and f.api != "orderReference"]
    for name in required:
        assert option_name(name) in message, name  # --departure-country, not departure_country
    assert "departure_country" not in message and "--file" not in message and "--set" not in message
    assert "--order-reference" not in message  # given: not missing


def test_a_missing_field_without_an_option_of_its_own_is_named_for_set(cli: Cli) -> None:
    result = cli.run("anomalies", "create", "--file", "-", input="{}", role="warehouse")
    assert result.exit_code == 2
    assert "--shipment" in result.stderr and "--observation" in result.stderr


def test_a_401_says_where_each_setting_came_from(cli: Cli, tmp_path: Path) -> None:
    client_id, _ = DEMO_CREDENTIALS["forwarder"]
    cli.config_path.write_text(
        f'[profiles.default]\nbase_url = "http://localhost"\nclient_id = "{client_id}"\n', encoding="utf-8"
    )
    cli.config_path.chmod(0o600)
    result = cli.run("--client-secret", "not-the-secret", "shipments", "list", env={})
    assert result.exit_code == 3
    line = " ".join(result.stderr.split())
    assert line.startswith("error: 401 ")
    assert "client secret from --client-secret" in line
    assert f"client id from profile 'default' in {cli.config_path}" in line
    assert "base URL from profile 'default'" in line
    assert "not-the-secret" not in result.output


def test_a_401_with_settings_from_one_place_adds_nothing(cli: Cli) -> None:
    env = {**cli.credentials_env(), "ONERECORD_CLIENT_SECRET": "wrong-secret-value"}
    result = cli.run("shipments", "list", env=env)
    assert result.exit_code == 3 and "came from different places" not in result.stderr


def test_a_value_the_client_refuses_names_the_option_it_came_from(cli: Cli) -> None:
    args = ["--order-reference", "Z-NOPE", "--departure", "CDG", "--departure-country", "FR", "--arrival", "NRT"]
    result = cli.run("shipments", "create", *args, "--arrival-country", "JP", "--quantity-expected", "3")
    assert result.exit_code == 2
    assert "'--order-reference'" in result.stderr and "Z-NOPE" in result.stderr
    assert "--departure" not in result.stderr  # an option the user used, but not the one at fault
