"""An additive spec change needs no hand edit: items 3 and 4 of issue 9, end to end.

A temporary copy of the spec gains a new optional field on ``Shipment``/``ShipmentCreate`` (``carrierNote``), a new
request-side enum value (``orderReference: X-ONERECORD``), a new group (``carrier``), a filter and a sort on the new
field, and a new operation (``GET /shipment/{shipmentId}/events``). The package is regenerated into a temporary folder
with the project's own ``scripts/generate.sh`` (copied beside the temporary spec, so nothing in the checkout changes),
and a child process with ``PYTHONPATH`` pointing at that folder proves that:

- the facade sends and returns the new field, accepts the new enum value, group, filter and sort;
- the new operation is callable at once through ``client.api``, with the facade's bearer token on the wire;
- the sandbox validates, stores and returns the field, and accepts the enum value, group, filter and sort
  (needs the sandbox to read the spec from the generated package: branch spec-sandbox);
- the CLI accepts the field in ``--set``, shows it, and accepts it in ``--filter``/``--sort`` (branch cli).

Marked ``spec_change``: it runs in ``make test`` (about 15 s: one generator run); ``-m "not spec_change"`` skips it
while iterating.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.spec_change

CHILD = r"""
import json, os, subprocess, sys, uuid
import httpx
import onerecord_api
from onerecord import OneRecord

out = {"onerecord_api": onerecord_api.__file__}
CREATE = dict(order_reference="X-ONERECORD", departure="CDG", departure_country="FR", arrival="NRT",
              arrival_country="JP", quantity_expected=3, carrier_note="fragile")

def attempt(name, fn):
    try:
        out[name] = fn()
    except Exception as exc:  # reported to the test, which names the part that failed
        out[name] = {"error": f"{type(exc).__name__}: {exc}"}

# 1. The facade and client.api against a scripted server (no sandbox): what goes on the wire, what comes back.
seen = []
SID = str(uuid.uuid4())
def server(request):
    request.read()
    seen.append({"method": request.method, "url": str(request.url), "auth": request.headers.get("authorization"),
                 "body": request.content.decode() or None})
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"access_token": "tok-e2e", "token_type": "Bearer"})
    if request.url.path.endswith("/events"):
        return httpx.Response(200, json=[{"id": str(uuid.uuid4()), "type": "RCS"}])
    if request.method == "GET" and request.url.path == "/shipment":
        page = {"data": [{"shipmentId": SID, "carrierNote": "fragile"}], "metadata": {"next": None}}
        return httpx.Response(200, json=page)
    return httpx.Response(201 if request.method == "POST" else 200, json={"shipmentId": SID, "carrierNote": "fragile"})

fake = OneRecord(client_id="id", client_secret="secret", base_url="https://api.test", rate_limit=None,
                 http_client=httpx.Client(transport=httpx.MockTransport(server)))

def facade():
    created = fake.shipments.create(**CREATE)
    listed = list(fake.shipments.list(filters={"carrierNote": {"eq": "fragile"}}, sort={"carrier_note": "asc"},
                                      groups=["carrier"]))
    return {"returned": created.carrier_note, "listed": [s.carrier_note for s in listed],
            "sent": json.loads(seen[1]["body"]), "query": seen[-1]["url"]}
attempt("facade", facade)

def new_operation():
    from onerecord_api.api.shipment import list_shipment_events
    events = list_shipment_events.sync(uuid.UUID(SID), client=fake.api)
    return {"events": [e.to_dict() for e in events], "wire": seen[-1]}
attempt("operation", new_operation)

# 2. The sandbox, on a loopback port, through the facade and through the CLI.
from onerecord.sandbox import Sandbox
with Sandbox(seed="demo", rate_limit=0) as sandbox:
    client_id, secret = sandbox.credentials["forwarder"]
    client = OneRecord(client_id=client_id, client_secret=secret, base_url=sandbox.base_url, rate_limit=None)

    def on_sandbox():
        created = client.shipments.create(**CREATE)
        got = client.shipments.get(created.shipment_id, groups=["carrier"])
        listed = client.shipments.list(filters={"carrierNote": {"eq": "fragile"}}, sort={"carrierNote": "desc"})
        return {"created": created.carrier_note, "got": got.carrier_note,
                "order_reference": str(got.to_dict().get("orderReference")),
                "found": any(s.shipment_id == created.shipment_id for s in listed)}
    attempt("sandbox", on_sandbox)

    def cli(*args):
        env = {**os.environ, "ONERECORD_BASE_URL": sandbox.base_url, "ONERECORD_CLIENT_ID": client_id,
               "ONERECORD_CLIENT_SECRET": secret, "ONERECORD_CONFIG": os.path.abspath("no-config.toml")}
        done = subprocess.run([sys.executable, "-m", "onerecord.cli", *args], capture_output=True, text=True, env=env,
                              timeout=120)
        return {"code": done.returncode, "stdout": done.stdout, "stderr": done.stderr[-2000:]}

    def on_cli():
        sets = ["--set", "orderReference=X-ONERECORD", "--set", "departure=CDG", "--set", "departureCountry=FR",
                "--set", "arrival=NRT", "--set", "arrivalCountry=JP", "--set", "quantityExpected=2",
                "--set", "carrierNote=cli-note"]
        created = cli("shipments", "create", *sets, "--format", "json")
        result = {"create": created}
        if created["code"] == 0:
            shipment_id = json.loads(created["stdout"])["shipmentId"]
            result["get"] = cli("shipments", "get", shipment_id, "--format", "json")
        result["list"] = cli("shipments", "list", "--filter", "carrierNote:eq:cli-note", "--sort", "carrierNote",
                             "--group", "carrier", "--format", "jsonl")
        return result
    attempt("cli", on_cli)

print("RESULT " + json.dumps(out))
"""


def additive_change(spec: dict[str, Any]) -> None:
    """The change of the issue's table, applied to a parsed copy of the spec."""
    schemas = spec["components"]["schemas"]
    for name in ("Shipment", "ShipmentCreate", "ShipmentUpdate"):
        schemas[name]["properties"]["carrierNote"] = {
            "type": ["string", "null"],
            "maxLength": 255,
            "description": "A note for the carrier (added by the additive-change test).",
        }
    schemas["ShipmentCreate"]["properties"]["orderReference"]["enum"].append("X-ONERECORD")
    schemas["ShipmentGroup"]["enum"].append("carrier")
    spec["paths"]["/shipment"]["get"]["parameters"] += [
        {"name": "filter[carrierNote][eq]", "in": "query", "required": False, "schema": {"type": "string"}},
        {
            "name": "sort[carrierNote]",
            "in": "query",
            "required": False,
            "schema": {"$ref": "#/components/schemas/SortDirection"},
        },
    ]
    spec["paths"]["/shipment/{shipmentId}/events"] = {
        "parameters": [{"$ref": "#/components/parameters/ShipmentId"}],
        "get": {
            "operationId": "listShipmentEvents",
            "tags": ["shipment"],
            "summary": "The events of one shipment",
            "security": [{"oauth2": []}],
            "responses": {
                "200": {
                    "description": "The shipment's events, oldest first.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/ShipmentEvent"}}
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        },
    }


@pytest.fixture(scope="module")
def child_result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("additive")
    repo = work / "repo"
    # What scripts/generate.sh reads, laid out as in the checkout (templates included, whatever their folder).
    for name in ("scripts", "openapi", "generator-config.yaml", *(p.name for p in ROOT.glob("*templates*"))):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name)
        elif source.exists():
            shutil.copy2(source, repo / name)
    spec_path = repo / "openapi" / "one-record.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    additive_change(spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    generated = work / "generated"
    done = subprocess.run(
        ["bash", str(repo / "scripts" / "generate.sh"), str(generated / "onerecord_api")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    diff = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "api_diff.py"),
            str(ROOT / "openapi" / "one-record.yaml"),
            str(spec_path),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    child_env = {**env, "PYTHONPATH": os.pathsep.join([str(generated), str(ROOT)])}
    child_env.pop("ONERECORD_LOG", None)
    run = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=child_env, timeout=300, cwd=work
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, run.stdout + run.stderr
    result: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    result["api_diff"] = diff.stdout
    result["generated"] = str(generated)
    return result


def test_the_child_used_the_regenerated_package(child_result: dict[str, Any]) -> None:
    assert child_result["onerecord_api"].startswith(child_result["generated"])


def test_the_api_diff_classes_the_change_additive(child_result: dict[str, Any]) -> None:
    report = child_result["api_diff"]
    assert "additive  operation added: GET /shipment/{shipmentId}/events (listShipmentEvents)" in report
    assert "additive  field added: ShipmentCreate.carrierNote" in report
    assert "additive  enum value added: ShipmentGroup 'carrier'" in report
    assert "additive  enum value added: ShipmentCreate.orderReference 'X-ONERECORD'" in report
    assert ", 0 breaking:" in report


def test_the_facade_sends_and_returns_the_new_field(child_result: dict[str, Any]) -> None:
    facade = child_result["facade"]
    assert "error" not in facade, facade
    assert facade["sent"]["carrierNote"] == "fragile" and facade["sent"]["orderReference"] == "X-ONERECORD"
    assert facade["returned"] == "fragile" and facade["listed"] == ["fragile"]
    assert "filter%5BcarrierNote%5D%5Beq%5D=fragile" in facade["query"]
    assert "sort%5BcarrierNote%5D=asc" in facade["query"] and "groups%5B%5D=carrier" in facade["query"]


def test_the_new_operation_is_callable_through_client_api_with_the_bearer_token(child_result: dict[str, Any]) -> None:
    operation = child_result["operation"]
    assert "error" not in operation, operation
    assert operation["wire"]["auth"] == "Bearer tok-e2e"
    assert operation["wire"]["method"] == "GET" and operation["wire"]["url"].endswith("/events")
    assert [event["type"] for event in operation["events"]] == ["RCS"]


# Until branches spec-sandbox and cli are merged, the sandbox keeps its own copy of the enums and the CLI its own field
# table (onerecord/cli/_fields.py): those two parts are expected to fail, and only while those copies exist. After
# the merge the conditions are false and the tests must pass (xfail_strict would also flag an unexpected pass).
SANDBOX_READS_THE_SPEC = (ROOT / "onerecord" / "sandbox" / "apispec.py").exists()
CLI_READS_THE_SPEC = not (ROOT / "onerecord" / "cli" / "_fields.py").exists()


@pytest.mark.xfail(not SANDBOX_READS_THE_SPEC, reason="needs branch spec-sandbox (sandbox validates with the spec)")
def test_the_sandbox_validates_stores_and_returns_the_new_field(child_result: dict[str, Any]) -> None:
    sandbox = child_result["sandbox"]
    assert "error" not in sandbox, sandbox
    assert sandbox == {"created": "fragile", "got": "fragile", "order_reference": "X-ONERECORD", "found": True}


@pytest.mark.xfail(
    not (CLI_READS_THE_SPEC and SANDBOX_READS_THE_SPEC),
    reason="needs branches cli (CLI fields read from the generated package) and spec-sandbox (the CLI talks to it)",
)
def test_the_cli_sets_shows_filters_and_sorts_the_new_field(child_result: dict[str, Any]) -> None:
    cli = child_result["cli"]
    assert "error" not in cli, cli
    assert cli["create"]["code"] == 0, cli["create"]
    assert json.loads(cli["create"]["stdout"])["carrierNote"] == "cli-note"
    assert json.loads(cli["get"]["stdout"])["carrierNote"] == "cli-note", cli["get"]
    assert cli["list"]["code"] == 0, cli["list"]
    listed = [json.loads(line) for line in cli["list"]["stdout"].splitlines() if line.strip()]
    assert [record["carrierNote"] for record in listed] == ["cli-note"]
