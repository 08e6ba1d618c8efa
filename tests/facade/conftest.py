"""Fixtures for the facade surface tests: real clients wired to the in-process fake API of ``surface_fakes``."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib mode: make the helper module importable by the tests

from surface_fakes import BASE_URL, FakeAPI

from onerecord import AsyncOneRecord, OneRecord


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def client(api: FakeAPI) -> Iterator[OneRecord]:
    http = httpx.Client(transport=httpx.MockTransport(api))
    with OneRecord(
        client_id="id", client_secret="s3cr3t", base_url=BASE_URL, rate_limit=None, max_retries=0, http_client=http
    ) as one_record:
        yield one_record
    http.close()


@pytest.fixture
async def aclient(api: FakeAPI) -> AsyncIterator[AsyncOneRecord]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(api.handle_async))
    async with AsyncOneRecord(
        client_id="id", client_secret="s3cr3t", base_url=BASE_URL, rate_limit=None, max_retries=0, http_client=http
    ) as one_record:
        yield one_record
    await http.aclose()
