"""Helpers shared by the examples' tests (imported by name: ``conftest`` puts this folder on ``sys.path``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from onerecord import OneRecord
from onerecord.sandbox import DEMO_CREDENTIALS, SandboxTransport

IN_PROCESS_URL = "http://localhost"
ENV_NAMES = ("ONERECORD_CLIENT_ID", "ONERECORD_CLIENT_SECRET", "ONERECORD_BASE_URL")


@dataclass
class InProcessSandbox:
    """An in-process sandbox: ``transport`` for the example under test, ``client`` for the test's own checks."""

    transport: SandboxTransport
    client: OneRecord


def point_env_at(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    """Set ``ONERECORD_*`` as a user of the real API would, but naming a sandbox (as demo-forwarder)."""
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    monkeypatch.setenv("ONERECORD_CLIENT_ID", client_id)
    monkeypatch.setenv("ONERECORD_CLIENT_SECRET", secret)
    monkeypatch.setenv("ONERECORD_BASE_URL", base_url)
