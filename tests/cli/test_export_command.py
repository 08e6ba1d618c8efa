"""``onerecord export shipments``: complete, interrupted (injected failures, a killed process) and resumed."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from typer.testing import CliRunner

from onerecord.cli._app import app
from onerecord.cli._context import Hooks
from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

if TYPE_CHECKING:
    from conftest import Cli


class FailAfter(httpx.BaseTransport):
    """Serves ``pages`` listing requests, then fails every request with ``error``."""

    def __init__(self, inner: httpx.BaseTransport, pages: int, error: BaseException) -> None:
        self.inner, self.pages, self.error = inner, pages, error

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/shipment":
            if self.pages == 0:
                raise self.error
            self.pages -= 1
        return self.inner.handle_request(request)


def all_ids(cli: Cli) -> list[str]:
    result = cli.run("shipments", "list", "--limit", "200", "--format", "jsonl")
    return [json.loads(line)["shipmentId"] for line in result.stdout.splitlines()]


def ids_in(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return [row["shipmentId"] for row in csv.DictReader(handle)]
    return [json.loads(line)["shipmentId"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_writes_every_shipment_and_cleans_up(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = cli.run("export", "shipments", "--out", str(out), "--limit", "40")
    assert result.exit_code == 0, result.output
    assert ids_in(out) == all_ids(cli)
    assert f"exported {len(ids_in(out))} shipments to {out}" in result.stderr
    assert not (tmp_path / "all.jsonl.state.json").exists()
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal


@pytest.mark.parametrize("name", ["day.jsonl", "day.csv"])
def test_network_failure_then_resume_gives_every_shipment_exactly_once(cli: Cli, tmp_path: Path, name: str) -> None:
    expected = all_ids(cli)
    out = tmp_path / name
    args = ["export", "shipments", "--out", str(out), "--limit", "25", "--sort", "createdAt"]
    cli.wrap = lambda inner: FailAfter(inner, pages=3, error=httpx.ConnectError("connection reset"))
    failed = cli.run(*args, client_options={"max_retries": 0})
    assert failed.exit_code == 4
    assert "export stopped after 75 shipments; run the same command with --resume" in failed.stderr
    assert len(ids_in(out)) == 75

    cli.wrap = None
    again = cli.run(*args)  # without --resume: refused, nothing lost
    assert again.exit_code == 2 and "--resume" in again.stderr
    resumed = cli.run(*args, "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert "resuming after 75 shipments (3 pages)" in resumed.stderr
    assert ids_in(out) == sorted_like(expected, cli)
    assert out.read_text().count("shipmentId") == (1 if name.endswith(".csv") else len(expected))


def sorted_like(expected: list[str], cli: Cli) -> list[str]:
    result = cli.run("shipments", "list", "--limit", "200", "--sort", "createdAt", "--format", "jsonl")
    ordered = [json.loads(line)["shipmentId"] for line in result.stdout.splitlines()]
    assert sorted(ordered) == sorted(expected)
    return ordered


def test_ctrl_c_then_resume_with_the_saved_options(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "big.jsonl"
    filtered = ["--filter", "quantityExpected:gte:2", "--limit", "10"]
    cli.wrap = lambda inner: FailAfter(inner, pages=2, error=KeyboardInterrupt())
    stopped = cli.run("export", "shipments", "--out", str(out), *filtered)
    assert stopped.exit_code == 130
    assert "export stopped after 20 shipments" in stopped.stderr

    cli.wrap = None
    resumed = cli.run("export", "shipments", "--out", str(out), "--resume")  # options come from the state file
    assert resumed.exit_code == 0, resumed.output
    expected = cli.json("shipments", "list", *filtered)
    assert ids_in(out) == [s["shipmentId"] for s in expected]

    other = cli.run("export", "shipments", "--out", str(out), "--resume")
    assert other.exit_code == 2 and "nothing to resume" in other.stderr


def test_resume_with_different_options_is_refused(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    cli.wrap = lambda inner: FailAfter(inner, pages=1, error=KeyboardInterrupt())
    cli.run("export", "shipments", "--out", str(out), "--limit", "10")
    cli.wrap = None
    result = cli.run("export", "shipments", "--out", str(out), "--limit", "20", "--resume")
    assert result.exit_code == 2 and "started with other options" in result.stderr
    result = cli.run("export", "shipments", "--out", str(out), "--resume", "--force")
    assert result.exit_code == 2 and "choose one" in result.stderr
    result = cli.run("export", "shipments", "--out", str(out), "--filter", "nope:eq:1")
    assert result.exit_code == 2 and "unknown field 'nope'" in result.stderr


def test_killed_process_then_resume(tmp_path: Path) -> None:
    """A real process killed with SIGKILL mid-export (no chance to clean up), then resumed."""
    out = tmp_path / "killed.jsonl"
    state = tmp_path / "killed.jsonl.state.json"
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    with Sandbox(seed="demo", rate_limit=0, rng_seed=3) as sandbox:
        env = {
            **os.environ,
            "ONERECORD_BASE_URL": sandbox.base_url,
            "ONERECORD_CLIENT_ID": client_id,
            "ONERECORD_CLIENT_SECRET": secret,
            "ONERECORD_CONFIG": str(tmp_path / "none.toml"),
        }
        command = [sys.executable, "-m", "onerecord.cli", "export", "shipments", "--out", str(out), "--limit", "5"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            if state.exists() and json.loads(state.read_text() or "{}").get("pages", 0) >= 2:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.01)  # waiting on another process, not simulating time
        process.wait(timeout=30)
        process.stdout.close() if process.stdout else None
        process.stderr.close() if process.stderr else None
        assert process.returncode == -signal.SIGKILL, "the export finished before it could be killed"

        # Resume in-process (same sandbox, pacing off) to keep the test fast; the kill above was the real thing.
        hooks = Hooks(client_options={"rate_limit": None}, env=env, config_path=tmp_path / "none.toml")
        resumed = CliRunner().invoke(app, [*command[3:], "--resume"], obj=hooks)
        assert resumed.exit_code == 0, resumed.output
        listing = CliRunner().invoke(app, ["shipments", "list", "--limit", "200", "--format", "jsonl"], obj=hooks)
    expected = [json.loads(line)["shipmentId"] for line in listing.stdout.splitlines()]
    exported = ids_in(out)
    assert exported == expected
    assert len(set(exported)) == len(exported)


@pytest.mark.parametrize("where", ["missing-folder/out.jsonl", "."])
def test_an_output_path_that_cannot_be_written_is_a_usage_error(cli: Cli, tmp_path: Path, where: str) -> None:
    out = tmp_path / where
    result = cli.run("export", "shipments", "--out", str(out), "--force")  # --force: past the "already exists" check
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and str(out) in result.stderr
    assert "--resume" not in result.stderr  # there is nothing to resume: no state was ever written
    assert not list(tmp_path.glob("**/*.state.json"))


def test_resume_while_another_export_holds_the_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "x.jsonl"
    cli.wrap = lambda inner: FailAfter(inner, pages=1, error=KeyboardInterrupt())
    cli.run("export", "shipments", "--out", str(out), "--limit", "10")
    cli.wrap = None
    before = out.read_bytes()
    with out.open("rb") as other:  # what a running export holds
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)
        result = cli.run("export", "shipments", "--out", str(out), "--resume")
    assert result.exit_code == 2, result.output
    assert "error: another export is writing" in result.stderr
    assert "--resume to continue" not in result.stderr
    assert out.read_bytes() == before
