"""``examples/async_bulk_create.py``: every outcome is tracked, and what it calls created really exists."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import async_bulk_create
import httpx
import pytest
from examples_support import IN_PROCESS_URL
from starlette.applications import Starlette

from onerecord import APIConnectionError, APITimeoutError, OneRecord
from onerecord.errors import make_status_error
from onerecord.sandbox import DEMO_CREDENTIALS, AsyncSandboxTransport, SandboxTransport, create_app

COUNT = 30


class InjectFailures(httpx.AsyncBaseTransport):
    """Fails the creation of chosen inputs (recognised by the index in their customer reference).

    ``timeout_after_send`` and ``cut_after_send`` let the sandbox create the shipment and then lose the answer;
    ``server_error`` and ``invalid`` answer without passing the request on, so nothing is created.
    """

    timeout_after_send = 4
    server_error = 9
    invalid = 14
    cut_after_send = 19

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or request.url.path != "/shipment":
            return await self.inner.handle_async_request(request)
        index = int(json.loads(request.content)["customerReference"].rsplit("-", 1)[1])
        if index == self.server_error:
            return httpx.Response(500, json={"message": "Internal Server Error"})
        if index == self.invalid:
            errors = [{"resource": "Shipment", "field": "arrival", "code": "invalid", "message": "unknown place"}]
            return httpx.Response(422, json={"message": "Validation Failed", "errors": errors})
        response = await self.inner.handle_async_request(request)
        if index == self.timeout_after_send:
            raise httpx.ReadTimeout("injected: no answer in time", request=request)
        if index == self.cut_after_send:
            raise httpx.RemoteProtocolError("injected: connection cut before the answer", request=request)
        return response


@pytest.fixture
def empty_app() -> Starlette:
    return create_app(seed="empty", rate_limit=0)


def shipments_in(app: Starlette) -> dict[str, str]:
    """Customer reference -> shipment id of every shipment the forwarder sees in the sandbox."""
    transport = SandboxTransport(app)
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    http = httpx.Client(transport=transport)
    try:
        with OneRecord(client_id=client_id, client_secret=secret, base_url=IN_PROCESS_URL, http_client=http) as client:
            found = [(s.customer_reference, str(s.shipment_id)) for s in client.shipments.list(limit=200)]
    finally:
        http.close()
        transport.close()
    assert len({reference for reference, _ in found}) == len(found), "a customer reference appears twice"
    return {reference: shipment_id for reference, shipment_id in found if isinstance(reference, str)}


def final_outcomes(path: Path) -> dict[int, dict[str, object]]:
    """The last line of each index (reconciliation appends a second line for the unknown ones)."""
    outcomes: dict[int, dict[str, object]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        outcomes[record["index"]] = record
    return outcomes


def run_bulk(app: Starlette, results: Path, *args: str, wrap: bool = True) -> int:
    transport: httpx.AsyncBaseTransport = AsyncSandboxTransport(app)
    http = httpx.AsyncClient(transport=InjectFailures(transport) if wrap else transport)
    try:
        return async_bulk_create.main(["--results", str(results), "--tag", "T", *args], http_client=http)
    finally:
        asyncio.run(http.aclose())


@pytest.mark.usefixtures("api_env")
def test_injected_failures_are_reported_and_every_created_id_exists(
    empty_app: Starlette, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results.jsonl"
    assert run_bulk(empty_app, results, "--count", str(COUNT), "--concurrency", "5", "--rate-limit", "0") == 1

    out = capsys.readouterr().out
    # Before reconciliation: the two answers lost after sending and the 500 are unknown, the 422 certainly failed.
    assert f"{COUNT - 4} created, 1 certainly failed, 3 in an unknown state" in out
    assert "unknown state: inputs 4, 9, 19" in out
    assert "2 were created after all" in out
    assert f"result: {COUNT - 2} created, 2 failed, 0 unknown" in out
    assert "failed: inputs 9, 14" in out

    outcomes = final_outcomes(results)
    assert sorted(outcomes) == list(range(COUNT))
    failed = {i for i, record in outcomes.items() if record["outcome"] == "failed"}
    assert failed == {InjectFailures.server_error, InjectFailures.invalid}
    assert outcomes[InjectFailures.invalid]["status"] == 422
    assert outcomes[InjectFailures.server_error]["reconciled"] is True
    for index in (InjectFailures.timeout_after_send, InjectFailures.cut_after_send):
        assert outcomes[index]["outcome"] == "created" and outcomes[index]["reconciled"] is True

    # What the results call created is exactly what the sandbox holds: nothing lost, nothing created twice.
    in_sandbox = shipments_in(empty_app)
    created = {str(r["customerReference"]): r["shipmentId"] for r in outcomes.values() if r["outcome"] == "created"}
    assert created == in_sandbox
    assert len(created) == COUNT - 2


@pytest.mark.usefixtures("api_env")
def test_concurrent_tasks_stay_within_the_rate_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Pacing on at both ends (5 requests/s): 4 tasks, 10 shipments, and the sandbox never answers 429.

    (The client retries a 429, so only the count of 429 answers shows whether the pacing did its job.)
    """
    app = create_app(seed="empty", rate_limit=5)
    argv = ["--count", "10", "--concurrency", "4"]  # the default pacing: 5 requests/s
    assert run_bulk(app, tmp_path / "results.jsonl", *argv, wrap=False) == 0
    out = capsys.readouterr().out
    assert "10 API requests" in out and "0 got a 429" in out
    assert len(shipments_in(app)) == 10


def test_outcome_of_each_kind_of_failure() -> None:
    request = httpx.Request("POST", f"{IN_PROCESS_URL}/shipment")

    def status(code: int) -> str:
        return async_bulk_create.classify(make_status_error(httpx.Response(code, request=request)))[0]

    def connection(sent: bool, cls: type[APIConnectionError] = APIConnectionError) -> str:
        return async_bulk_create.classify(cls("injected", request=request, request_sent=sent))[0]

    assert [status(code) for code in (400, 403, 409, 422, 429)] == ["failed"] * 5
    assert [status(code) for code in (500, 502, 503, 520)] == ["unknown"] * 4
    assert connection(sent=False) == "failed"  # never reached the server (refused, connect timeout)
    assert connection(sent=False, cls=APITimeoutError) == "failed"
    assert connection(sent=True, cls=APITimeoutError) == "unknown"  # sent, answer lost
    assert connection(sent=True) == "unknown"
    assert async_bulk_create.classify(asyncio.CancelledError())[0] == "unknown"


class CancelRunAt(httpx.AsyncBaseTransport):
    """On the ``at``-th creation, cancels the whole run (what Ctrl-C does under ``asyncio.run``) and never answers."""

    def __init__(self, inner: httpx.AsyncBaseTransport, at: int) -> None:
        self.inner = inner
        self.at = at
        self.run: asyncio.Task[int] | None = None  # set once the run is started
        self.creations = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # yield to the event loop as real I/O would (the in-process app may never suspend)
        if request.method == "POST" and request.url.path == "/shipment":
            self.creations += 1
            if self.creations == self.at and self.run is not None:
                self.run.cancel()
                await asyncio.Event().wait()  # cancelled with the run, like a request cut short by Ctrl-C
        return await self.inner.handle_async_request(request)


@pytest.mark.usefixtures("api_env")
def test_an_interrupted_run_still_accounts_for_every_shipment_it_may_have_created(
    empty_app: Starlette, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results.jsonl"
    args = async_bulk_create.parse_args(
        ["--count", str(COUNT), "--concurrency", "4", "--results", str(results), "--tag", "T", "--rate-limit", "0"]
    )

    async def interrupted_run() -> None:
        transport = CancelRunAt(AsyncSandboxTransport(empty_app), at=10)
        async with httpx.AsyncClient(transport=transport) as http:
            transport.run = asyncio.ensure_future(async_bulk_create.run(args, http))
            with pytest.raises(asyncio.CancelledError):
                await transport.run

    asyncio.run(interrupted_run())

    out = capsys.readouterr().out
    assert "inputs were not tried (interrupted)" in out
    outcomes = final_outcomes(results)
    assert 9 <= len(outcomes) < COUNT
    unknown = {r["customerReference"] for r in outcomes.values() if r["outcome"] == "unknown"}
    created = {r["customerReference"]: r["shipmentId"] for r in outcomes.values() if r["outcome"] == "created"}
    assert unknown, "the request cut short by the interruption must be recorded as unknown"
    in_sandbox = shipments_in(empty_app)
    assert created.items() <= in_sandbox.items()  # every "created" really exists, with that id
    assert set(in_sandbox) <= set(created) | unknown  # and nothing exists that the results do not account for
