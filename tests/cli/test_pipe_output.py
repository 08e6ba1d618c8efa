"""Output through a real pipe (a subprocess, not CliRunner): no escape code at all, on stdout or stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from onerecord.cli.commands.shipments import TABLE_COLUMNS
from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

ESC = "\x1b"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    config = tmp_path_factory.mktemp("config") / "none.toml"
    with Sandbox(seed="demo", rate_limit=0, rng_seed=5) as sandbox:
        base = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE"}}
        yield {
            **base,
            "TERM": "xterm-256color",  # a colour terminal type: only the pipe should make the output plain
            "COLUMNS": "100",
            "ONERECORD_BASE_URL": sandbox.base_url,
            "ONERECORD_CLIENT_ID": client_id,
            "ONERECORD_CLIENT_SECRET": secret,
            "ONERECORD_CONFIG": str(config),
        }


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "onerecord.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["shipments", "list", "--max-items", "5"], 0),
        (["shipments", "get", "00000000-0000-4000-8000-000000000000"], 3),
        (["shipments", "list", "--filter", "nope:eq:1"], 2),
        (["--help"], 0),
        (["shipments", "list", "--help"], 0),
        (["shipments"], 2),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else f"exit {value}",
)
def test_nothing_but_plain_text_goes_down_a_pipe(env: dict[str, str], args: list[str], code: int) -> None:
    result = run(env, *args)
    assert result.returncode == code, result.stderr
    assert result.stdout or result.stderr
    assert ESC not in result.stdout
    assert ESC not in result.stderr


def test_a_piped_table_is_aligned_text(env: dict[str, str]) -> None:
    result = run(env, "shipments", "list", "--max-items", "3")
    lines = result.stdout.splitlines()
    assert lines[0].split() == list(TABLE_COLUMNS)  # the list table's chosen columns, in order
    assert len(lines) == 4
    assert not any(char in result.stdout for char in "│┃━─")  # no box drawing


def test_a_piped_export_has_no_progress_bar(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    result = run(env, "export", "shipments", "--out", str(out), "--limit", "50")
    assert result.returncode == 0, result.stderr
    assert ESC not in result.stderr and "\r" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one summary line, nothing else
    assert result.stderr.startswith("exported ")
