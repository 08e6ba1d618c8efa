"""The wheel ships both packages with their py.typed and installs into a clean environment."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("onerecord-*.whl")
    return built


def test_wheel_contains_both_packages_and_their_markers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "onerecord/__init__.py" in names
    assert "onerecord/py.typed" in names
    assert "onerecord_api/__init__.py" in names
    assert "onerecord_api/py.typed" in names
    assert "onerecord_api/models/shipment.py" in names
    assert not any(name.startswith(("generated/", "tests/")) for name in names)


def test_wheel_installs_into_a_clean_venv_and_imports(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env)
    python = env / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = "import onerecord, onerecord_api, onerecord_api.models; print(onerecord.__version__, onerecord.__file__)"
    result = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    version, location = result.stdout.split()
    assert version == __import__("onerecord").__version__
    assert str(env) in location
