"""The issue's "done when": plain httpx, no facade, against a live sandbox on loopback.

Take a token, create an export shipment, move it through GOODS_RECEIPT with the control surface, see its update
rules change, and page through the demo data.
"""

from __future__ import annotations

import httpx

from onerecord.sandbox import Sandbox


def test_walkthrough_with_plain_httpx() -> None:
    with Sandbox(seed="demo", rate_limit=0) as sandbox, httpx.Client(base_url=sandbox.base_url) as http:
        assert sandbox.base_url.startswith("http://127.0.0.1:")
        client_id, secret = sandbox.credentials["forwarder"]
        token = http.post(
            "/authentication/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
        ).json()["access_token"]
        http.headers["Authorization"] = f"Bearer {token}"

        created = http.post(
            "/shipment",
            json={
                "orderReference": "E-ONERECORD",
                "departure": "CDG",
                "departureCountry": "FR",
                "arrival": "NRT",
                "arrivalCountry": "JP",
                "quantityExpected": 2,
                "hawbNumber": "HAWB-1",
            },
        )
        assert created.status_code == 201
        shipment_id = created.json()["shipmentId"]
        assert http.put(f"/shipment/{shipment_id}", json={"arrival": "HKG", "arrivalCountry": "HK"}).status_code == 200

        received = http.post(f"/_sandbox/shipments/{shipment_id}/events", json={"type": "GOODS_RECEIPT"})
        assert received.status_code == 201
        assert received.json()["updatableFields"] == ["customerReference", "hawbNumber", "mawbNumber"]

        locked = http.put(f"/shipment/{shipment_id}", json={"arrival": "LHR", "arrivalCountry": "GB"})
        assert locked.status_code == 409
        assert http.put(f"/shipment/{shipment_id}", json={"hawbNumber": "HAWB-2"}).status_code == 200
        shipment = http.get(f"/shipment/{shipment_id}", params={"groups[]": "events.type"}).json()
        assert shipment["orderReference"].startswith("E26")
        assert [e["type"]["name"] for e in shipment["events"]] == ["ORDER", "GOODS_RECEIPT"]
        assert http.delete(f"/shipment/{shipment_id}").status_code == 409

        seen, cursor, pages = set(), None, 0
        while True:
            params = {"page[limit]": 50, **({"page[cursor]": cursor} if cursor else {})}
            page = http.get("/shipment", params=params).json()
            seen |= {s["shipmentId"] for s in page["data"]}
            pages += 1
            cursor = page["metadata"]["next"]
            if cursor is None:
                break
        assert shipment_id in seen
        assert len(seen) > 100 and pages == -(-len(seen) // 50)
