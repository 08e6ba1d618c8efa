"""An additive spec change needs no hand edit: regenerate from a changed copy of the spec, and it works end to end.

A temporary copy of the spec gains an optional field (on ``Shipment``, ``ShipmentCreate`` and ``ShipmentUpdate``),
a filter and a sort on it, a new ``orderReference`` value and a new group. ``scripts/generate.sh`` regenerates the
package from that copy into a temporary folder; a fresh interpreter that imports the regenerated package then shows
that the sandbox validates, stores, returns, filters and sorts the new field, accepts the new enum value and group,
and that the facade sends and reads the field, without any edit to the code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
from onerecord.sandbox import fields
from onerecord.testing import SandboxHandle

assert "cargoNote" in fields.SHIPMENT_FIELDS and "cargoNote" in fields.FILTERS and "cargoNote" in fields.SORTABLE
handle = SandboxHandle(seed="empty")
try:
    client = handle.client("forwarder")
    created = client.shipments.create(
        order_reference="E-ONERECORD", departure="CDG", departure_country="FR", arrival="NRT",
        arrival_country="JP", quantity_expected=1, cargo_note="fragile",
    )
    assert created.cargo_note == "fragile", created
    sid = str(created.shipment_id)
    assert client.shipments.get(sid).cargo_note == "fragile"
    assert client.shipments.update(sid, cargo_note="keep dry").cargo_note == "keep dry"

    import httpx
    from onerecord.sandbox import DEMO_CREDENTIALS
    raw = httpx.Client(transport=handle.transport, base_url="http://localhost")
    cid, secret = DEMO_CREDENTIALS["forwarder"]
    form = {"grant_type": "client_credentials", "client_id": cid, "client_secret": secret}
    token = raw.post("/authentication/oauth2/token", data=form).json()["access_token"]
    raw.headers["Authorization"] = "Bearer " + token
    base = {"departure": "CDG", "departureCountry": "FR", "arrival": "NRT", "arrivalCountry": "JP"}
    base["quantityExpected"] = 1
    novel = raw.post("/shipment", json={**base, "orderReference": "X-ONERECORD", "cargoNote": "a"})
    assert novel.status_code == 201 and novel.json()["cargoNote"] == "a", novel.text
    too_long = raw.post("/shipment", json={**base, "orderReference": "E-ONERECORD", "cargoNote": "x" * 41})
    assert too_long.status_code == 422 and too_long.json()["errors"][0]["field"] == "cargoNote", too_long.text
    found = raw.get("/shipment", params={"filter[cargoNote][eq]": "a"}).json()["data"]
    assert [s["cargoNote"] for s in found] == ["a"], found
    ordered = raw.get("/shipment", params={"sort[cargoNote]": "desc"}).json()["data"]
    assert [s["cargoNote"] for s in ordered] == ["keep dry", "a"], ordered
    assert raw.get("/shipment", params={"groups[]": "handlingUnits"}).status_code == 200
    raw.close()
finally:
    handle.close()
print("ok")
"""


def _changed_spec(spec: dict[str, Any]) -> dict[str, Any]:
    schemas = spec["components"]["schemas"]
    note = {"type": ["string", "null"], "maxLength": 40, "description": "A note on the cargo."}
    for name in ("Shipment", "ShipmentCreate", "ShipmentUpdate"):
        schemas[name]["properties"]["cargoNote"] = dict(note)
    schemas["ShipmentCreate"]["properties"]["orderReference"]["enum"].append("X-ONERECORD")
    schemas["ShipmentGroup"]["enum"].append("handlingUnits")
    parameters = spec["components"]["parameters"]
    parameters["FilterCargoNoteEq"] = {"name": "filter[cargoNote][eq]", "in": "query", "schema": {"type": "string"}}
    parameters["SortCargoNote"] = {
        "name": "sort[cargoNote]",
        "in": "query",
        "schema": {"$ref": "#/components/schemas/SortDirection"},
    }
    listing = spec["paths"]["/shipment"]["get"]["parameters"]
    listing += [
        {"$ref": "#/components/parameters/FilterCargoNoteEq"},
        {"$ref": "#/components/parameters/SortCargoNote"},
    ]
    return spec


def test_an_additive_change_needs_no_hand_edit(tmp_path: Path) -> None:
    (tmp_path / "openapi").mkdir()
    spec = _changed_spec(yaml.safe_load((ROOT / "openapi" / "one-record.yaml").read_text(encoding="utf-8")))
    (tmp_path / "openapi" / "one-record.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    shutil.copytree(ROOT / "scripts", tmp_path / "scripts")
    shutil.copytree(ROOT / "openapi" / "templates", tmp_path / "openapi" / "templates")  # our generator templates
    shutil.copy(ROOT / "generator-config.yaml", tmp_path)
    tools = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        ["bash", "scripts/generate.sh", "generated/onerecord_api"], cwd=tmp_path, env=env, check=True, timeout=300
    )
    assert "cargo_note" in (tmp_path / "generated" / "onerecord_api" / "models" / "shipment.py").read_text()

    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "generated"), str(ROOT)])
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]
