"""The ``slow`` fault simulates "processed, but the answer was lost to a timeout": the write happens anyway.

The sandbox's wait is a gate the test opens (no real sleep on the server side); the client gives up after its own
short timeout, then the gate opens and the shipment must appear.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import anyio.to_thread
import pytest

from onerecord import APITimeoutError, OneRecord
from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

FIELDS = {
    "order_reference": "E-ONERECORD",
    "departure": "CDG",
    "departure_country": "FR",
    "arrival": "NRT",
    "arrival_country": "JP",
    "quantity_expected": 2,
}


class Gate:
    """The sandbox's ``sleep``: holds each slow request until the test opens the gate."""

    def __init__(self) -> None:
        self.entered = threading.Semaphore(0)
        self.opened = threading.Event()

    async def sleep(self, seconds: float) -> None:
        self.entered.release()
        await anyio.to_thread.run_sync(self.opened.wait)


@pytest.fixture
def gate() -> Gate:
    return Gate()


@pytest.fixture
def sandbox(gate: Gate) -> Iterator[Sandbox]:
    with Sandbox(seed="empty", rate_limit=0, sleep=gate.sleep) as server:
        yield server


def _descriptions(client: OneRecord) -> list[str | None]:
    return sorted((s.goods_description for s in client.shipments.list()), key=str)


def test_a_create_whose_answer_timed_out_is_still_written(sandbox: Sandbox, gate: Gate) -> None:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    with OneRecord(
        client_id=client_id, client_secret=secret, base_url=sandbox.base_url, rate_limit=None, max_retries=0
    ) as client:
        assert _descriptions(client) == []  # also takes the token before faults are on
        sandbox.control.set_faults("slow:1")
        for attempt in range(3):
            with pytest.raises(APITimeoutError):
                client.with_options(timeout=0.2).shipments.create(**FIELDS, goods_description=f"lost answer {attempt}")
            assert gate.entered.acquire(timeout=10)  # the request reached the sandbox, which holds it
        sandbox.control.set_faults(None)
        gate.opened.set()
        # The held requests now complete; each list call is one real round trip, bounded.
        expected = [f"lost answer {attempt}" for attempt in range(3)]
        for _ in range(500):
            if _descriptions(client) == expected:
                break
        assert _descriptions(client) == expected
