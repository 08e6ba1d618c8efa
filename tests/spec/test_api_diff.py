"""``scripts/api_diff.py``: each kind of spec change is found and classed additive or breaking.

The changes are applied to a copy of the committed spec, so the test follows the spec as it evolves.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_differ() -> ModuleType:
    if str(ROOT / "scripts") not in sys.path:  # as when the script runs: it imports generate_facade beside it
        sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("api_diff", ROOT / "scripts" / "api_diff.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["api_diff"] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


api_diff = _load_differ()


def lines(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return {(c.klass, c.kind, c.what, c.where) for c in api_diff.diff(old, new)}


@pytest.fixture
def changed(spec: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(spec)


def test_the_same_spec_has_no_change(spec: dict[str, Any]) -> None:
    assert api_diff.diff(spec, copy.deepcopy(spec)) == []
    assert "none" in api_diff.report([], "x")


def test_additive_changes_are_additive(spec: dict[str, Any], changed: dict[str, Any]) -> None:
    schemas = changed["components"]["schemas"]
    for name in ("Shipment", "ShipmentCreate"):
        schemas[name]["properties"]["carrierNote"] = {"type": ["string", "null"]}
    schemas["SortDirection"]["enum"].append("random")
    changed["paths"]["/shipment/{shipmentId}/events"] = {
        "get": {"operationId": "listShipmentEvents", "responses": {"200": {"description": "ok"}}}
    }
    changed["paths"]["/shipment"]["get"]["parameters"].append(
        {"name": "filter[carrierNote][eq]", "in": "query", "schema": {"type": "string"}}
    )
    assert lines(spec, changed) == {
        ("additive", "field", "added", "Shipment.carrierNote"),
        ("additive", "field", "added", "ShipmentCreate.carrierNote"),
        ("additive", "enum value", "added", "SortDirection 'random'"),
        ("additive", "operation", "added", "GET /shipment/{shipmentId}/events"),
        ("additive", "parameter", "added", "GET /shipment query filter[carrierNote][eq]"),
    }
    assert "5 additive, 0 breaking: the next release is a minor (patch before 1.0) one" in api_diff.report(
        api_diff.diff(spec, changed), ""
    )


def test_removals_renames_and_retypes_are_breaking(spec: dict[str, Any], changed: dict[str, Any]) -> None:
    schemas = changed["components"]["schemas"]
    create = schemas["ShipmentCreate"]
    create["properties"]["clientReference"] = create["properties"].pop("customerReference")
    create["properties"]["departure"] = {"type": "integer"}
    create["required"].append("clientReference")  # a new required field of a request body
    enum_name = next(name for name, schema in schemas.items() if "enum" in schema and len(schema["enum"]) > 1)
    removed_value = schemas[enum_name]["enum"].pop()
    del changed["paths"]["/place/{code}"]
    changed["components"]["parameters"]["PageCursor"]["required"] = True
    result = api_diff.diff(spec, changed)
    assert {(c.klass, c.kind, c.what, c.where) for c in result} >= {
        ("breaking", "field", "removed", "ShipmentCreate.customerReference"),
        ("breaking", "field", "added", "ShipmentCreate.clientReference"),
        ("breaking", "field", "changed", "ShipmentCreate.departure"),
        ("breaking", "enum value", "removed", f"{enum_name} {removed_value!r}"),
        ("breaking", "operation", "removed", "GET /place/{code}"),
        ("breaking", "parameter", "changed", "GET /shipment query page[cursor]"),
    }
    rename = next(c for c in result if c.where == "ShipmentCreate.clientReference")
    assert "renamed from customerReference?" in rename.detail
    assert "the next release is a major (minor before 1.0) one" in api_diff.report(result, "")


def test_command_line_compares_a_revision_with_the_working_tree() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/api_diff.py", "--base", "HEAD"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("API changes from HEAD to the working tree")


def test_command_line_on_two_files_and_fail_on_breaking(tmp_path: Path, spec: dict[str, Any]) -> None:
    import yaml

    changed = copy.deepcopy(spec)
    del changed["paths"]["/place/{code}"]
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(spec))
    new.write_text(yaml.safe_dump(changed))
    done = subprocess.run(
        [sys.executable, "scripts/api_diff.py", str(old), str(new), "--fail-on-breaking"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert "breaking  operation removed: GET /place/{code} (getPlace)" in done.stdout


def test_make_generate_ends_with_the_summary_and_api_diff_takes_base() -> None:
    """The Makefile wiring (dry run: nothing is generated): the summary is the last step of ``make generate``."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}  # under make test
    make = ["make", "--no-print-directory", "-n"]
    generate = subprocess.run([*make, "generate"], capture_output=True, text=True, cwd=ROOT, check=True, env=env)
    steps = [line for line in generate.stdout.splitlines() if line.strip()]
    assert "scripts/generate.sh" in "\n".join(steps) and "scripts/generate_facade.py" in "\n".join(steps)
    assert steps[-1].endswith("scripts/api_diff.py --base HEAD")
    api_diff_run = subprocess.run(
        [*make, "api-diff", "BASE=v0.1.0"], capture_output=True, text=True, cwd=ROOT, check=True, env=env
    )
    assert api_diff_run.stdout.strip().splitlines()[-1].endswith("scripts/api_diff.py --base v0.1.0")
