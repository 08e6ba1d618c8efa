"""Fixtures for the facade surface tests (resources, queries, pagination, clients)."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
