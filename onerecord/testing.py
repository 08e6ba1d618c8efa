"""pytest fixtures for testing your own integration against the One Record sandbox.

Enable them in your ``conftest.py`` (they need the ``sandbox`` extra)::

    pytest_plugins = ["onerecord.testing"]

    def test_my_export(onerecord_client):            # a OneRecord client, logged in as demo-forwarder
        shipment = onerecord_client.shipments.create(
            departure="CDG", departure_country="FR", arrival="NRT", arrival_country="JP",
            order_reference="E-ONERECORD", quantity_expected=3,
        )
        ...

Every test gets its own in-process sandbox (no socket, no credentials, nothing shared between tests). Configure it
with a marker: ``@pytest.mark.onerecord_sandbox(seed="empty", rate_limit=5)``; the keywords are those of
:func:`onerecord.sandbox.create_app`. By default the sandbox holds the demo data and does not rate-limit, and the
clients do not pace themselves, so tests run at full speed. ``onerecord_live_sandbox`` serves a sandbox on a loopback
port and sets the ``ONERECORD_*`` environment variables, for code that builds its own client from the environment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from . import AsyncOneRecord, OneRecord
from .sandbox import DEMO_CREDENTIALS, AsyncSandboxTransport, Sandbox, SandboxControl, SandboxTransport, create_app

__all__ = ["SandboxHandle", "onerecord_client", "onerecord_live_sandbox", "onerecord_sandbox"]

BASE_URL = "http://localhost"
MARKER = "onerecord_sandbox"
DEFAULT_APP_OPTIONS: dict[str, Any] = {"seed": "demo", "rate_limit": 0}


class SandboxHandle:
    """One in-process sandbox and the clients a test asked of it; everything is closed with the test."""

    def __init__(self, **app_options: Any) -> None:
        self.app = create_app(**{**DEFAULT_APP_OPTIONS, **app_options})
        self.transport = SandboxTransport(self.app)
        self.control = SandboxControl(self.transport)
        self._closers: list[Any] = []

    def client(self, role: str = "forwarder", **options: Any) -> OneRecord:
        """A :class:`OneRecord` logged in as the demo client of ``role`` (forwarder, shipper, warehouse, ...)."""
        client_id, secret = DEMO_CREDENTIALS[role]
        http = httpx.Client(transport=self.transport, base_url=BASE_URL)
        self._closers.append(http.close)
        options.setdefault("rate_limit", None)
        options.setdefault("shared_state", "instance")  # each test's sandbox is a new server: share nothing across
        return OneRecord(client_id=client_id, client_secret=secret, base_url=BASE_URL, http_client=http, **options)

    def async_client(self, role: str = "forwarder", **options: Any) -> AsyncOneRecord:
        """An :class:`AsyncOneRecord` on the same sandbox; use it in ``async with``."""
        client_id, secret = DEMO_CREDENTIALS[role]
        http = httpx.AsyncClient(transport=AsyncSandboxTransport(self.app), base_url=BASE_URL)
        options.setdefault("rate_limit", None)
        options.setdefault("shared_state", "instance")
        return AsyncOneRecord(client_id=client_id, client_secret=secret, base_url=BASE_URL, http_client=http, **options)

    def close(self) -> None:
        for close in reversed(self._closers):
            close()
        self.control.close()
        self.transport.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(**options): options of the test's One Record sandbox (see onerecord.sandbox.create_app)"
    )


@pytest.fixture
def onerecord_sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxHandle]:
    """A fresh in-process sandbox: ``.client(role)``, ``.async_client(role)``, ``.control``, ``.app``."""
    marker = request.node.get_closest_marker(MARKER)
    handle = SandboxHandle(**(marker.kwargs if marker else {}))
    try:
        yield handle
    finally:
        handle.close()


@pytest.fixture
def onerecord_client(onerecord_sandbox: SandboxHandle) -> Iterator[OneRecord]:
    """A :class:`OneRecord` logged in as ``demo-forwarder`` on the test's sandbox."""
    with onerecord_sandbox.client() as client:
        yield client


@pytest.fixture
def onerecord_live_sandbox(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """A sandbox on a free loopback port; ``ONERECORD_BASE_URL`` and the forwarder's credentials are in the env."""
    marker = request.node.get_closest_marker(MARKER)
    with Sandbox(**{**DEFAULT_APP_OPTIONS, **(marker.kwargs if marker else {})}) as sandbox:
        client_id, secret = sandbox.credentials["forwarder"]
        monkeypatch.setenv("ONERECORD_BASE_URL", sandbox.base_url)
        monkeypatch.setenv("ONERECORD_CLIENT_ID", client_id)
        monkeypatch.setenv("ONERECORD_CLIENT_SECRET", secret)
        yield sandbox
