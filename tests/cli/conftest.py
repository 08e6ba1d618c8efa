"""Fixtures: the CLI driven by typer's CliRunner against an in-process sandbox (no socket, no sleeping)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner, Result

from onerecord._hooks import installed
from onerecord.cli._app import app
from onerecord.cli._context import Hooks
from onerecord.sandbox import DEMO_CREDENTIALS, SandboxControl, SandboxTransport, create_app

BASE_URL = "http://localhost"


@dataclass
class Cli:
    """Runs ``onerecord ...`` in-process; each run gets a fresh HTTP client over the same sandbox."""

    transport: httpx.BaseTransport
    config_path: Path
    role: str = "forwarder"
    env: dict[str, str] = field(default_factory=dict)
    wrap: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None

    def credentials_env(self, role: str | None = None) -> dict[str, str]:
        client_id, secret = DEMO_CREDENTIALS[role or self.role]
        return {"ONERECORD_CLIENT_ID": client_id, "ONERECORD_CLIENT_SECRET": secret, "ONERECORD_BASE_URL": BASE_URL}

    def run(
        self,
        *args: str,
        role: str | None = None,
        env: dict[str, str] | None = None,
        input: str | None = None,
        client_options: dict[str, Any] | None = None,
    ) -> Result:
        transport = self.wrap(self.transport) if self.wrap else self.transport
        hooks = Hooks(
            http_client_factory=lambda: httpx.Client(transport=transport),
            client_options={"rate_limit": None, **(client_options or {})},
            env=env if env is not None else {**self.credentials_env(role), **self.env},
            config_path=self.config_path,
        )
        with installed(sleep=lambda seconds: None):  # the client's retry waits, without waiting
            return CliRunner().invoke(app, list(args), obj=hooks, input=input)

    def json(self, *args: str, role: str | None = None) -> Any:
        result = self.run(*args, "--format", "json", role=role)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


class _KeepOpen(httpx.BaseTransport):
    """The CLI closes its HTTP client (and so the transport) after each run; the sandbox must outlive a run."""

    def __init__(self, inner: SandboxTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)


@pytest.fixture
def sandbox_transport() -> Iterator[SandboxTransport]:
    transport = SandboxTransport(create_app(seed="demo", rate_limit=0, rng_seed=7))
    yield transport
    transport.close()


@pytest.fixture
def control(sandbox_transport: SandboxTransport) -> Iterator[SandboxControl]:
    with SandboxControl(sandbox_transport) as control:
        yield control


@pytest.fixture
def cli(sandbox_transport: SandboxTransport, tmp_path: Path) -> Cli:
    return Cli(transport=_KeepOpen(sandbox_transport), config_path=tmp_path / "no-config.toml")
