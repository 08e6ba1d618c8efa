"""The sdist: the license, and everything its own tests need (examples included), so that they run from it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

from packaging_support import FILE_PREFIX

import onerecord


def test_sdist_holds_the_license_the_examples_and_the_tests(sdist: Path) -> None:
    top = f"{FILE_PREFIX}-{onerecord.__version__}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    for name in ("LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "Makefile", ".ci/run"):
        assert f"{top}/{name}" in names
    assert f"{top}/examples/quickstart.py" in names
    assert f"{top}/tests/examples/test_quickstart.py" in names
    assert f"{top}/generated/onerecord_api/py.typed" in names
    assert f"{top}/openapi/one-record.yaml" in names
    assert not any("/.venv" in name or "__pycache__" in name for name in names)


def test_the_tests_run_from_the_unpacked_sdist(sdist: Path, tmp_path: Path) -> None:
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (root,) = tmp_path.iterdir()
    # The unpacked copy comes first on the path, so the tests exercise its code and not this checkout's.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(root / "generated")])}
    env = {name: value for name, value in env.items() if not name.startswith(("ONERECORD_", "PYTEST_"))}
    where = subprocess.run(
        [sys.executable, "-c", "import onerecord, onerecord_api; print(onerecord.__file__, onerecord_api.__file__)"],
        env=env,
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    )
    assert all(path.startswith(str(root)) for path in where.stdout.split())
    # A sample: the examples' tests need examples/ (once missing from the sdist), facade_core is the HTTP layer.
    sample = ["tests/examples/test_async_bulk_create.py", "tests/facade_core/test_client.py"]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *sample],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout
