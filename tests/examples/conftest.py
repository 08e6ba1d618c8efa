"""Set-up for the examples' tests: the examples folder on ``sys.path``, the ``ONERECORD_*`` environment, sandboxes.

The examples are scripts, not a package: each imports ``_connect`` from its own folder, as ``python examples/x.py``
allows. With that folder on ``sys.path`` the tests import them the same way and call their ``main()``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

for folder in (Path(__file__).resolve().parents[2] / "examples", Path(__file__).resolve().parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from examples_support import ENV_NAMES, IN_PROCESS_URL, InProcessSandbox, point_env_at  # noqa: E402

from onerecord import OneRecord  # noqa: E402
from onerecord.sandbox import DEMO_CREDENTIALS, SandboxTransport, create_app  # noqa: E402


@pytest.fixture
def no_api_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``ONERECORD_*`` variable: the examples start their own sandbox."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def api_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples' "real API" mode, aimed at an in-process sandbox reached through the test's transport."""
    point_env_at(monkeypatch, IN_PROCESS_URL)


@pytest.fixture
def sandbox() -> Iterator[InProcessSandbox]:
    """An in-process sandbox with the demo data and no rate limit (the tests using it are not about pacing)."""
    transport = SandboxTransport(create_app(seed="demo", rate_limit=0))
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    with (
        httpx.Client(transport=transport) as http,
        OneRecord(
            client_id=client_id, client_secret=secret, base_url=IN_PROCESS_URL, http_client=http, rate_limit=None
        ) as client,
    ):
        yield InProcessSandbox(transport, client)
    transport.close()
