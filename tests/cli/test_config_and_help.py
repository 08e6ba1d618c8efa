"""Configuration through the real command line, --help of every command, and `onerecord sandbox` delegation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from typer.testing import CliRunner

from onerecord.cli._app import app
from onerecord.sandbox import DEMO_CREDENTIALS

if TYPE_CHECKING:
    from conftest import Cli


def write_profiles(path: Path, mode: int = 0o600) -> None:
    shipper_id, shipper_secret = DEMO_CREDENTIALS["shipper"]
    warehouse_id, warehouse_secret = DEMO_CREDENTIALS["warehouse"]
    path.write_text(
        'default_profile = "shipper"\n'
        f'[profiles.shipper]\nbase_url = "http://localhost"\nclient_id = "{shipper_id}"\n'
        f'client_secret = "{shipper_secret}"\n'
        f'[profiles.warehouse]\nbase_url = "http://localhost"\nclient_id = "{warehouse_id}"\n'
        f'client_secret = "{warehouse_secret}"\n',
        encoding="utf-8",
    )
    path.chmod(mode)


def client_id_line(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("client id:"))


def test_settings_come_from_one_place_completed_by_flags(cli: Cli) -> None:
    write_profiles(cli.config_path)
    from_profile = cli.run("auth", "check", env={})
    assert from_profile.exit_code == 0, from_profile.output
    assert client_id_line(from_profile.stdout).split()[2] == "demo-shipper"
    assert "profile 'shipper'" in from_profile.stdout

    named = cli.run("--profile", "warehouse", "auth", "check", env={})
    assert client_id_line(named.stdout).split()[2] == "demo-warehouse"

    forwarder_id, forwarder_secret = DEMO_CREDENTIALS["forwarder"]
    env = {"ONERECORD_CLIENT_ID": forwarder_id, "ONERECORD_CLIENT_SECRET": forwarder_secret}
    from_env = cli.run("auth", "check", env={**env, "ONERECORD_BASE_URL": "http://localhost"})
    assert client_id_line(from_env.stdout) == f"client id:  {forwarder_id}  (from ONERECORD_CLIENT_ID)"

    agent_id, agent_secret = DEMO_CREDENTIALS["agent"]
    flags = ["--client-id", agent_id, "--client-secret", agent_secret]
    from_flags = cli.run(*flags, "auth", "check", env=env)
    assert client_id_line(from_flags.stdout) == f"client id:  {agent_id}  (from --client-id)"
    assert agent_secret not in from_flags.output


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--profile", "warehouse"], {"ONERECORD_BASE_URL": "http://127.0.0.1:9"}),  # the quickstart's export
        ([], {"ONERECORD_CLIENT_ID": "env-id", "ONERECORD_CLIENT_SECRET": "env-secret"}),  # to the profile's URL
    ],
)
def test_mixing_the_environment_and_a_profile_is_refused_before_any_request(
    cli: Cli, args: list[str], env: dict[str, str]
) -> None:
    write_profiles(cli.config_path)
    sent: list[str] = []
    cli.wrap = lambda inner: _Recording(inner, sent)
    result = cli.run(*args, "auth", "check", env=env)
    assert result.exit_code == 2, result.output
    message = " ".join(result.stderr.split())
    assert "refusing to mix settings" in message and all(name in message for name in env)
    assert "profile 'warehouse'" in message or "profile 'shipper'" in message
    assert sent == []  # no secret went anywhere
    assert "env-secret" not in result.output and DEMO_CREDENTIALS["warehouse"][1] not in result.output


def test_a_config_file_others_can_write_is_refused_even_without_a_secret(cli: Cli) -> None:
    cli.config_path.write_text('[profiles.default]\nbase_url = "http://localhost"\n', encoding="utf-8")
    cli.config_path.chmod(0o666)
    result = cli.run("shipments", "list", env={"ONERECORD_CLIENT_ID": "a", "ONERECORD_CLIENT_SECRET": "b"})
    assert result.exit_code == 2
    assert "other accounts may change it" in result.stderr and f"chmod go-w {cli.config_path}" in result.stderr


class _Recording(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, sent: list[str]) -> None:
        self.inner, self.sent = inner, sent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(str(request.url))
        return self.inner.handle_request(request)


def test_a_secret_in_a_config_file_others_can_read_is_refused(cli: Cli) -> None:
    write_profiles(cli.config_path, mode=0o644)
    result = cli.run("shipments", "list", env={})
    assert result.exit_code == 2
    assert f"chmod 600 {cli.config_path}" in result.stderr
    assert DEMO_CREDENTIALS["shipper"][1] not in result.output


def test_unknown_profile_is_a_usage_error(cli: Cli) -> None:
    write_profiles(cli.config_path)
    result = cli.run("--profile", "staging", "auth", "check", env={})
    assert result.exit_code == 2 and "profile 'staging' not found" in result.stderr


def test_http_to_a_remote_host_is_refused(cli: Cli) -> None:
    env = {**cli.credentials_env(), "ONERECORD_BASE_URL": "http://api.one-record.fr"}
    result = cli.run("auth", "check", env=env)
    assert result.exit_code == 2 and "https://" in result.stderr


COMMANDS = [
    ["auth", "check"],
    ["shipments", "list"],
    ["shipments", "get"],
    ["shipments", "create"],
    ["shipments", "update"],
    ["shipments", "delete"],
    ["services", "create"],
    ["services", "update"],
    ["services", "delete"],
    ["anomalies", "create"],
    ["places", "get"],
    ["countries", "list"],
    ["export", "shipments"],
    ["sandbox"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    text = result.stdout
    assert f"Usage: onerecord {' '.join(command)}" in text
    assert re.search(r"Examples?", text)
    assert f"onerecord {command[0]}" in text.split("Example", 1)[1]  # the example uses the command itself


def test_root_help_lists_every_group_and_the_exit_codes() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("auth", "shipments", "services", "anomalies", "places", "countries", "export", "sandbox"):
        assert re.search(rf"\b{name}\b", result.stdout)
    assert "3 API" in result.stdout and "4 network" in result.stdout and "2 usage" in result.stdout
    assert "declined confirmation" in " ".join(result.stdout.split())  # a 'no' at the delete prompt exits 1


def test_export_help_states_what_resume_accepts() -> None:
    result = CliRunner().invoke(app, ["export", "shipments", "--help"])
    text = " ".join(result.stdout.split())
    assert "--filter/--sort/--group/--limit as at the start (sort keys in the same order) or none of them" in text
    assert "edited since the interruption is refused" in text


def test_group_without_subcommand_shows_help_and_usage_exit_code() -> None:
    result = CliRunner().invoke(app, ["shipments"])
    assert result.exit_code == 2
    assert "list" in result.output and "create" in result.output


def test_unknown_option_is_one_error_line() -> None:
    result = CliRunner().invoke(app, ["shipments", "list", "--colour"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: No such option: --colour")


def test_version() -> None:
    from onerecord import __version__

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"onerecord {__version__}"


def test_sandbox_command_delegates_to_the_sandbox_runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import onerecord.sandbox.__main__ as sandbox_main

    seen: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        sandbox_main.parse_args(argv)  # the sandbox's own parser accepts what we pass
        return 0

    monkeypatch.setattr(sandbox_main, "main", fake_main)
    db = tmp_path / "s.db"
    args = ["sandbox", "--port", "0", "--seed", "empty", "--rate-limit", "0", "--db", str(db), "--faults", "500:0.1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert seen == [
        [
            "--host", "127.0.0.1", "--port", "0", "--seed", "empty", "--rate-limit", "0", "--token-ttl", "1800",
            "--db", str(db), "--faults", "500:0.1",
        ]
    ]  # fmt: skip
