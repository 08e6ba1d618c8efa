"""A 422 lists its field errors in the spec's field order, the same on every run (not a set's hash order)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import httpx

BAD_EXPORT = {
    "orderReference": "E-ONERECORD",
    "departure": "CDG",
    "departureCountry": 7,
    "arrival": "NRT",
    "arrivalCountry": "JP",
    "quantityExpected": -1,
    "grossWeightExpected": "heavy",
    "volumeExpected": -2,
    "isDangerous": "yes",
    "hawbNumber": 12,
}
EXPECTED = [
    "departureCountry",
    "quantityExpected",
    "grossWeightExpected",
    "volumeExpected",
    "hawbNumber",
    "isDangerous",
]


def test_create_errors_follow_the_spec_order(api: Callable[[str], httpx.Client]) -> None:
    response = api("forwarder").post("/shipment", json=BAD_EXPORT)
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == EXPECTED


def test_update_errors_follow_the_spec_order(api: Callable[[str], httpx.Client]) -> None:
    forwarder = api("forwarder")
    created = forwarder.post("/shipment", json={**BAD_EXPORT, **_VALID}).json()
    response = forwarder.put(f"/shipment/{created['shipmentId']}", json={k: BAD_EXPORT[k] for k in reversed(EXPECTED)})
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == EXPECTED


_VALID = {
    "departureCountry": "FR",
    "quantityExpected": 1,
    "grossWeightExpected": 10,
    "volumeExpected": 1,
    "isDangerous": False,
    "hawbNumber": "H1",
}

_PROBE = """
import httpx
from onerecord.sandbox import SandboxTransport, DEMO_CREDENTIALS, create_app
http = httpx.Client(transport=SandboxTransport(create_app(seed="empty", rate_limit=0)), base_url="http://localhost")
cid, secret = DEMO_CREDENTIALS["forwarder"]
form = {"grant_type": "client_credentials", "client_id": cid, "client_secret": secret}
token = http.post("/authentication/oauth2/token", data=form).json()["access_token"]
body = %r
answer = http.post("/shipment", json=body, headers={"Authorization": "Bearer " + token}).json()
print(",".join(error["field"] for error in answer["errors"]))
"""


def test_order_does_not_depend_on_the_hash_seed() -> None:
    orders = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", _PROBE % (BAD_EXPORT,)], env=env, capture_output=True, text=True, check=True
        )
        orders.add(result.stdout.strip())
    assert orders == {",".join(EXPECTED)}
