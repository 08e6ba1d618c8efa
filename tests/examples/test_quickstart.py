"""``examples/quickstart.py`` (``make demo``): the tour runs to the end and tells each step, never a secret."""

from __future__ import annotations

import re

import httpx
import pytest
import quickstart
from examples_support import InProcessSandbox

from onerecord.sandbox import DEMO_CREDENTIALS

TOKEN_LIKE = re.compile(r"[A-Za-z0-9_\-]{40,}")  # the sandbox's tokens are 43 URL-safe characters


def assert_no_secret(output: str) -> None:
    assert DEMO_CREDENTIALS["forwarder"][1] not in output
    assert not TOKEN_LIKE.search(output)


@pytest.mark.usefixtures("no_api_env")
def test_tour_on_its_own_rate_limited_sandbox(capsys: pytest.CaptureFixture[str]) -> None:
    """What ``make demo`` runs: its own sandbox with the 5 requests/s limit on, so the pacing step is real."""
    assert quickstart.main([]) == 0
    out = capsys.readouterr().out
    assert_no_secret(out)

    steps = re.findall(r"^ ?(\d+)\. ", out, flags=re.MULTILINE)
    assert steps == [str(n) for n in range(1, 10)]
    expected = [
        "against a local sandbox (demo data, 5 requests/s limit",
        "token: Bearer, expires in 30m00s (the token itself is never printed)",
        "order reference: E-ONERECORD",
        "GOODS_RECEIPT recorded",
        "MEASUREMENT recorded",
        "(was E-ONERECORD: the warehouse gave it its own reference",
        "timeline: ORDER -> GOODS_RECEIPT -> MEASUREMENT",
        "measured: 3 pieces, 41.5 kg",
        "ConflictError: status 409",
        "  - quantityExpected: locked",
        "customer reference: QS-0001 -> QS-0002",
        "id         order ref    route        qty  latest event",
        "answered 429 (too many requests): 0",
        "NotFoundError: status 404, message: Shipment not found",
        "UnprocessableEntityError: status 422",
        "  - arrivalCountry: invalid",
        "; no 429",
        "the sandbox is stopped",
    ]
    missing = [text for text in expected if text not in out]
    assert not missing, f"not in the tour's output: {missing}\n{out}"
    assert re.search(r"order reference: E\d{8} ", out)  # the warehouse's own reference, e.g. E26000157
    table = out.split("latest event\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(table) == 5 and all(" CDG -> " in row for row in table)

    # 15 requests at 5/s cannot take less than 14 intervals of 0.2 s: a lower bound shows the pacing happened.
    paced = re.search(r"15 reads took (\d+\.\d) s", out)
    assert paced is not None and float(paced.group(1)) >= 2.5


@pytest.mark.usefixtures("api_env")
def test_tour_against_a_configured_api_skips_the_warehouse_and_cleans_up(
    sandbox: InProcessSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ``ONERECORD_*`` set the tour treats the server as the real API: no control surface, nothing left behind."""
    with httpx.Client(transport=sandbox.transport) as http:
        assert quickstart.main([], http_client=http) == 0
    out = capsys.readouterr().out
    assert_no_secret(out)
    assert "against http://localhost, as demo-forwarder (from ONERECORD_* variables)" in out
    assert out.count("skipped: ") == 2  # the warehouse's events, and the refusal that depends on them
    assert "(still the placeholder: no warehouse has handled it)" in out
    assert "customer reference: QS-0001 -> QS-0002" in out
    assert "Cancel the tour's shipment" in out
    assert list(sandbox.client.shipments.list(filters={"customerReference": {"eq": "QS-0002"}})) == []
