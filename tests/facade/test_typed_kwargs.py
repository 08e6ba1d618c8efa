"""Keyword arguments of create/update are typed per field from the spec: mypy --strict and pyright reject mistakes.

A small user file is type-checked as a user's project would be: every line marked ``# rejected`` must get an error,
and no other line may. The clean calls also prove ``client=client.api`` type-checks against the generated signatures.
The TypedDicts come from ``onerecord/_kwargs.py``, written by ``make generate`` (``scripts/generate_facade.py``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_FILE = """\
from __future__ import annotations

import datetime as dt
import uuid

from onerecord_api.api.shipment import get_shipment

from onerecord import AsyncOneRecord, OneRecord
from onerecord_api.models import ShipmentCreate, ShipmentCreateOrderReference, ShipmentUpdate

SID = uuid.uuid4()


def clean(client: OneRecord) -> None:
    client.shipments.create(
        order_reference="E-ONERECORD",
        departure="CDG",
        departure_country="FR",
        arrival="JFK",
        arrival_country="US",
        quantity_expected=3,
        customer_reference="PO-1",
        limit_boarding_time=dt.datetime.now(dt.UTC),  # a date the spec types as text: sent as UTC ISO 8601
        preparations=[SID, str(SID)],
    )
    client.shipments.create(
        order_reference=ShipmentCreateOrderReference.E_ONERECORD,
        departure="CDG",
        departure_country="FR",
        arrival="JFK",
        arrival_country="US",
        quantity_expected=None,
    )
    client.shipments.create({"orderReference": "E-ONERECORD"})
    client.shipments.create(ShipmentCreate.from_dict({}))
    client.shipments.update(SID, customer_reference=None, gross_weight_expected=12)
    client.shipments.update(str(SID), ShipmentUpdate())
    client.shipment_services.create(shipment=SID, quantity=None, is_done=False, type_=str(SID))
    client.shipment_services.update(SID, is_done=True)
    client.shipment_anomalies.create(
        shipment=SID, type_=None, category="damage", quantity=1, balance=None, date=dt.datetime.now(), observation=None
    )
    shipment = get_shipment.sync(SID, client=client.api)
    print(shipment)


async def aclean(client: AsyncOneRecord) -> None:
    await client.shipments.update(SID, customer_reference="PO-2")
    await client.shipment_services.create(shipment=SID, quantity=2.5, is_done=True, type_=SID)
    print(await get_shipment.asyncio(SID, client=client.api))


def rejected(client: OneRecord) -> None:
    client.shipments.update(SID, custmer_reference="PO-1")  # rejected: misspelt field
    client.shipments.update(SID, gross_weight_expected="heavy")  # rejected: a string for a number
    client.shipments.update(SID, departure=None)  # rejected: not nullable
    client.shipments.create(departure="CDG")  # rejected: required fields missing
    client.shipments.create(order_reference="X-ONERECORD", departure="CDG", departure_country="FR",  # rejected: enum
                            arrival="JFK", arrival_country="US", quantity_expected=3)
    client.shipments.create({"orderReference": "E-ONERECORD"}, departure="CDG")  # rejected: body and keywords
    client.shipment_services.update(SID, is_done="yes")  # rejected: a string for a bool
    client.shipment_services.create(shipment=SID, quantity=1, is_done=True, type_=42)  # rejected: an int for a UUID
    client.shipment_anomalies.create(shipment=SID, category="damage")  # rejected: required fields missing


async def arejected(client: AsyncOneRecord) -> None:
    await client.shipments.update(SID, custmer_reference="PO-1")  # rejected: misspelt field
"""


def marked_lines(text: str) -> set[int]:
    return {number for number, line in enumerate(text.splitlines(), 1) if "# rejected" in line}


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "user_code.py"
    path.write_text(USER_FILE)
    return path


def test_marked_lines_are_the_rejected_calls() -> None:
    assert len(marked_lines(USER_FILE)) == 10


def test_mypy_strict_accepts_the_clean_calls_and_rejects_each_mistake(user_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(user_file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = {int(re.match(r".*?:(\d+):", line).group(1)) for line in errors}  # type: ignore[union-attr]
    assert lines == marked_lines(USER_FILE), result.stdout + result.stderr


def test_pyright_accepts_the_clean_calls_and_rejects_each_mistake(user_file: Path, tmp_path: Path) -> None:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert pyright is not None, "pyright is a dev dependency: run make install"
    config = {
        "include": [user_file.name],
        "extraPaths": [str(ROOT / "generated"), str(ROOT)],
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "reportMissingModuleSource": False,
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [pyright, "--outputjson", "-p", str(tmp_path / "pyrightconfig.json")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    report = json.loads(result.stdout)
    lines = {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"] if d["severity"] == "error"}
    assert lines == marked_lines(USER_FILE), json.dumps(report["generalDiagnostics"], indent=1)
