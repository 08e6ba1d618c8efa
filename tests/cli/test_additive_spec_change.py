"""An additive spec change needs no CLI edit: new field, enum value, group, filter and sort, end to end.

A temporary copy of the repository's generation inputs gets a modified spec; ``scripts/generate.sh`` regenerates
``onerecord_api`` into a temporary folder, and the real ``onerecord`` command runs with that package first on the
path, against a live sandbox. The CLI must offer the additions in its help, accept them in ``--set``/``--filter``/
``--sort``/``--group``, put them on the wire (seen in the ``--debug`` trace), and show the new field's column.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox

ROOT = Path(__file__).parents[2]
FIELD, ENUM_VALUE, GROUP = "cliProbeNote", "X-ONERECORD", "cliProbeGroup"


def add_to_spec(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("Shipment", "ShipmentCreate", "ShipmentUpdate"):
        schemas[name]["properties"][FIELD] = {"type": ["string", "null"], "description": "added by a test"}
    schemas["ShipmentCreate"]["properties"]["orderReference"]["enum"].append(ENUM_VALUE)
    schemas["ShipmentGroup"]["enum"].append(GROUP)
    list_operation = spec["paths"]["/shipment"]["get"]
    list_operation["parameters"] += [
        {"name": f"filter[{FIELD}][eq]", "in": "query", "required": False, "schema": {"type": "string"}},
        {"name": f"sort[{FIELD}]", "in": "query", "required": False, "schema": {"$ref": _sort_ref(spec)}},
    ]


def _sort_ref(spec: dict[str, Any]) -> str:
    for parameter in spec["paths"]["/shipment"]["get"]["parameters"]:
        if "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter["name"].startswith("sort["):
            return str(parameter["schema"]["$ref"])
    raise AssertionError("the spec has no sort parameter on /shipment to copy")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("regen")
    for name in ("scripts", "openapi"):
        shutil.copytree(ROOT / name, work / name)
    shutil.copy(ROOT / "generator-config.yaml", work / "generator-config.yaml")
    spec_path = work / "openapi" / "one-record.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    add_to_spec(spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    out = work / "generated"
    subprocess.run(
        ["bash", str(work / "scripts" / "generate.sh"), str(out / "onerecord_api")],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


@pytest.fixture(scope="module")
def cli_env(regenerated: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    with Sandbox(seed="demo", rate_limit=0, rng_seed=3) as sandbox:
        yield {
            **os.environ,
            "PYTHONPATH": str(regenerated),  # the regenerated onerecord_api comes before the installed one
            "ONERECORD_BASE_URL": sandbox.base_url,
            "ONERECORD_CLIENT_ID": client_id,
            "ONERECORD_CLIENT_SECRET": secret,
            "ONERECORD_CONFIG": str(tmp_path_factory.mktemp("config") / "none.toml"),
            "COLUMNS": "200",
        }


def onerecord(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onerecord.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_regenerated_package_is_the_one_used(cli_env: dict[str, str], regenerated: Path) -> None:
    code = (
        "import onerecord_api, onerecord.cli._schema as s; print(onerecord_api.__file__); print(s.columns('Shipment'))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=cli_env, capture_output=True, text=True, check=True)
    assert done.stdout.startswith(str(regenerated))
    assert FIELD in done.stdout  # a column of tables and CSV: the field is shown


def test_help_lists_the_additions(cli_env: dict[str, str]) -> None:
    create = onerecord(cli_env, "shipments", "create", "--help").stdout
    assert FIELD in create and ENUM_VALUE in create
    listing = onerecord(cli_env, "shipments", "list", "--help").stdout
    assert f"{FIELD}: eq" in listing and GROUP in listing
    assert listing.count(FIELD) >= 2  # a filter and a sort key


def test_set_and_the_new_enum_value_are_accepted_and_sent(cli_env: dict[str, str]) -> None:
    args = ["--order-reference", ENUM_VALUE, "--departure", "CDG", "--departure-country", "FR"]
    args += ["--arrival", "NRT", "--arrival-country", "JP", "--quantity-expected", "3", "--set", f"{FIELD}=hello"]
    done = onerecord(cli_env, "--debug", "shipments", "create", *args)
    assert done.returncode in (0, 3), done.stderr  # accepted by the CLI; the sandbox may not know them yet
    body = next(line for line in done.stderr.splitlines() if line.startswith("> {"))
    assert f'"{FIELD}": "hello"' in body and f'"orderReference": "{ENUM_VALUE}"' in body


def test_filter_sort_and_group_are_accepted_and_sent(cli_env: dict[str, str]) -> None:
    args = ["--filter", f"{FIELD}:eq:x", "--sort", f"-{FIELD}", "--group", GROUP, "--max-items", "1"]
    done = onerecord(cli_env, "--debug", "shipments", "list", *args)
    assert done.returncode in (0, 3), done.stderr
    request = next(line for line in done.stderr.splitlines() if line.startswith("> GET ") and "/shipment" in line)
    assert f"filter%5B{FIELD}%5D%5Beq%5D=x" in request or f"filter[{FIELD}][eq]=x" in request
    assert f"sort%5B{FIELD}%5D=desc" in request or f"sort[{FIELD}]=desc" in request
    assert GROUP in request


def test_the_unmodified_cli_refuses_what_the_spec_does_not_list(cli_env: dict[str, str]) -> None:
    """The control: without the regenerated package the same arguments are usage errors (so the above is real)."""
    env = {key: value for key, value in cli_env.items() if key != "PYTHONPATH"}
    assert onerecord(env, "shipments", "list", "--filter", f"{FIELD}:eq:x").returncode == 2
    assert onerecord(env, "shipments", "list", "--group", GROUP).returncode == 2
