"""A downstream project, as an integrator writes one: it depends on ``technema-onerecord`` (installed from the wheel
``make dist`` builds, not from this checkout), its code passes ``mypy --strict`` against the installed package, and it
runs against the sandbox. This is the "pin versions in downstream projects" use case, end to end.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import onerecord

PYPROJECT = """\
[project]
name = "acme-freight-sync"
version = "1.0.0"
requires-python = ">=3.11"
dependencies = ["technema-onerecord[sandbox]>=0.1,<0.2"]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[tool.hatch.build.targets.wheel]
packages = ["acme_freight_sync"]
"""

APP = '''\
"""Sync a forwarder's shipments: uses the typed client, raw responses, default headers and the sandbox."""

from __future__ import annotations

from onerecord import NotFoundError, OneRecord, Page, Shipment
from onerecord.raw_response import RawResponse
from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox


def departures(client: OneRecord) -> list[str]:
    shipments: list[Shipment] = list(client.shipments.list(limit=5, max_items=3))
    return [str(shipment.departure) for shipment in shipments]


def main() -> None:
    client_id, client_secret = DEMO_CREDENTIALS["forwarder"]
    with Sandbox(seed="demo", rate_limit=0) as sandbox, OneRecord(
        client_id=client_id,
        client_secret=client_secret,
        base_url=sandbox.base_url,
        default_headers={"X-Integrator": "acme"},
    ) as client:
        print("departures", len(departures(client)))
        page: RawResponse[Page[Shipment]] = client.with_raw_response.shipments.list(limit=2)
        print("status", page.status_code, page.http_response.request.headers["x-integrator"])
        try:
            client.shipments.get("00000000-0000-4000-8000-000000000000")
        except NotFoundError as error:
            print("missing", error.status_code)


if __name__ == "__main__":
    main()
'''

WRONG = """\
from onerecord import OneRecord

def departure_country(client: OneRecord) -> str:
    return client.shipments.get(42).departure_country
"""


def run(*command: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_a_downstream_project_installs_type_checks_and_runs(wheel: Path, tmp_path: Path) -> None:
    project = tmp_path / "acme-freight-sync"
    (project / "acme_freight_sync").mkdir(parents=True)
    (project / "pyproject.toml").write_text(PYPROJECT)
    (project / "acme_freight_sync" / "__init__.py").write_text("")
    (project / "acme_freight_sync" / "app.py").write_text(APP)
    (project / "wrong.py").write_text(WRONG)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"

    # This environment's pip installs into the new one; the wheel is found by name from its folder only.
    installed = run(
        sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--disable-pip-version-check",
        "--find-links", str(wheel.parent), str(project), cwd=tmp_path,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]

    clean = {name: value for name, value in os.environ.items() if not name.startswith(("ONERECORD_", "MYPY"))}
    where = run(
        str(python), "-c",
        "import importlib.metadata as m, onerecord; print(m.version('technema-onerecord'), onerecord.__file__)",
        cwd=tmp_path, env=clean,
    )  # fmt: skip
    version, location = where.stdout.split()
    assert version == onerecord.__version__
    assert location.startswith(str(env_dir))  # the installed wheel, not this checkout

    mypy = [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python)]
    mypy += ["--cache-dir", str(tmp_path / "mypy-cache"), "--no-incremental"]
    # One run for both files: app.py must be clean, and the wrong call in wrong.py must be caught (the proof that
    # the types really come from the installed package's py.typed, not from Any).
    checked = run(*mypy, "acme_freight_sync/app.py", "wrong.py", cwd=project, env=clean)
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert errors and all(error.startswith("wrong.py:4: error: ") for error in errors), checked.stdout + checked.stderr
    assert 'Argument 1 to "get" of "Shipments" has incompatible type "int"' in checked.stdout
    assert "Incompatible return value type" in checked.stdout  # departure_country is not a plain str

    ran = run(str(python), "-m", "acme_freight_sync.app", cwd=tmp_path, env=clean)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert ran.stdout.splitlines() == ["departures 3", "status 200 acme", "missing 404"]
