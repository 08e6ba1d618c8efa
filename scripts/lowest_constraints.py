"""Print a pip constraints file pinning every runtime and extra dependency of pyproject.toml to its lower bound.

``make test-lowest`` installs the package with these constraints, so the suite runs against the oldest releases the
ranges admit (what uv calls ``--resolution lowest-direct``, but with plain pip too). A dependency without a ``>=``
lower bound is an error: a range that admits anything cannot be tested at its low end.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$")


def lower_bounds(project: dict[str, object]) -> dict[str, str]:
    requirements = list(project.get("dependencies", []))  # type: ignore[call-overload]
    for extra in dict(project.get("optional-dependencies", {})).values():  # type: ignore[call-overload]
        requirements.extend(extra)
    pins: dict[str, str] = {}
    for requirement in requirements:
        match = REQUIREMENT.match(requirement)
        if match is None:
            raise SystemExit(f"cannot read requirement {requirement!r}")
        name, spec = match.groups()
        bound = re.search(r">=\s*([^,;\s]+)", spec)
        if bound is None:
            raise SystemExit(f"{requirement!r} has no '>=' lower bound")
        pins[name.lower()] = bound.group(1)
    return pins


def main() -> None:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    name = project["name"]
    for dependency, version in sorted(lower_bounds(project).items()):
        if dependency != name:
            sys.stdout.write(f"{dependency}=={version}\n")


if __name__ == "__main__":
    main()
