"""Contract tests: real HTTP exchanges with the API, recorded once and replayed offline with the network blocked.

Replay (the default, what CI runs): the client talks to ``https://api.one-record.fr`` with throw-away credentials
and vcrpy answers from ``cassettes/<source>/``; nothing leaves the machine.

Recording: ``make record`` (against a sandbox started here) or ``make record-live`` (against the real API with
``ONERECORD_CLIENT_ID``/``ONERECORD_CLIENT_SECRET`` set). Both set ``ONERECORD_RECORD`` and pass
``--record-mode=rewrite``. Sandbox recordings are stored under the real API's origin so that one replay path serves
both kinds; they live in separate folders so it is always clear where an exchange came from.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from onerecord import OneRecord
from onerecord.recording import vcr_config as scrubbing_vcr_config

API_ORIGIN = "https://api.one-record.fr"
RECORDING = os.environ.get("ONERECORD_RECORD", "")  # "", "sandbox" or "live"
SOURCE = RECORDING or os.environ.get("ONERECORD_CASSETTES", "sandbox")
CASSETTES = Path(__file__).parent / "cassettes"


class Target:
    """Where the client under test sends its requests, and as whom."""

    def __init__(self, base_url: str, client_id: str, client_secret: str, rate_limit: float | None) -> None:
        self.base_url = base_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.rate_limit = rate_limit


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    if RECORDING == "sandbox":
        from onerecord.sandbox import Sandbox

        with Sandbox(seed="demo", rate_limit=0, rng_seed=1) as sandbox:
            client_id, secret = sandbox.credentials["forwarder"]
            yield Target(sandbox.base_url, client_id, secret, None)
    elif RECORDING == "live":
        yield Target(
            os.environ.get("ONERECORD_BASE_URL", API_ORIGIN),
            os.environ["ONERECORD_CLIENT_ID"],
            os.environ["ONERECORD_CLIENT_SECRET"],
            5.0,
        )
    else:
        yield Target(API_ORIGIN, "replay-client", "replay-secret-not-used", None)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / SOURCE / Path(str(request.node.fspath)).stem)


@pytest.fixture(scope="module")
def vcr_config(target: Target) -> dict[str, Any]:
    def to_api_origin(request: Any) -> Any:
        if RECORDING == "sandbox":
            request.uri = request.uri.replace(target.base_url, API_ORIGIN, 1)
            if "host" in request.headers:
                request.headers["host"] = API_ORIGIN.removeprefix("https://")
        return request

    return scrubbing_vcr_config(before_record_request=to_api_origin)


@pytest.fixture
def client(target: Target) -> Iterator[OneRecord]:
    with OneRecord(
        client_id=target.client_id,
        client_secret=target.client_secret,
        base_url=target.base_url,
        rate_limit=target.rate_limit,
        max_retries=0 if not RECORDING else 2,
    ) as one_record:
        yield one_record
