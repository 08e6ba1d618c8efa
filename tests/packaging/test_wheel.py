"""The wheel: our own distribution name, complete metadata, both packages with their py.typed.

Its installation into a clean environment is in ``test_downstream.py``.
"""

from __future__ import annotations

import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging_support import DIST_NAME, ROOT

import onerecord


def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode())


def test_the_distribution_is_ours_not_the_unrelated_onerecord_on_pypi(wheel: Path) -> None:
    # `onerecord` on PyPI is an IATA ONE Record client that installs a module of the same import name.
    meta = metadata(wheel)
    assert meta["Name"] == DIST_NAME
    assert meta["Version"] == onerecord.__version__
    assert wheel.name == f"technema_onerecord-{onerecord.__version__}-py3-none-any.whl"


def test_wheel_metadata_is_complete(wheel: Path) -> None:
    meta = metadata(wheel)
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["Requires-Python"] == ">=3.11"
    assert "Technema" in meta["Summary"]
    assert meta.get_content_type() == "text/plain" and meta["Description-Content-Type"] == "text/markdown"
    assert "Typing :: Typed" in meta.get_all("Classifier", [])
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL", []))
    assert {"Source", "Issues", "Changelog", "Documentation"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())


def test_wheel_requirements_are_the_pyproject_ranges_and_no_dev_tools(wheel: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    meta = metadata(wheel)
    requires = [Requirement(req) for req in meta.get_all("Requires-Dist", [])]
    runtime = {req.name: req.specifier for req in requires if req.marker is None}
    assert runtime == {req.name: req.specifier for req in map(Requirement, project["dependencies"])}
    assert "0.29.0" in runtime["httpx"]  # the current httpx release
    assert sorted(meta.get_all("Provides-Extra", [])) == ["cli", "redis", "sandbox"]  # no published `dev` extra
    extras = {Requirement(req).name for reqs in project["optional-dependencies"].values() for req in reqs}
    assert {req.name for req in requires} == {"httpx", "attrs"} | extras
    assert not extras & {"pytest", "mypy", "ruff", "openapi-python-client"}


def test_wheel_contains_both_packages_their_markers_and_the_license(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "onerecord/__init__.py" in names
    assert "onerecord/py.typed" in names
    assert "onerecord_api/__init__.py" in names
    assert "onerecord_api/py.typed" in names
    assert "onerecord_api/models/shipment.py" in names
    assert f"technema_onerecord-{onerecord.__version__}.dist-info/licenses/LICENSE" in names
    assert not any(name.startswith(("generated/", "tests/")) for name in names)
