"""Our generator templates stay tied to the generator release they were written against.

``openapi/templates/`` overrides a few of openapi-python-client's templates (see openapi/README.md); templates are not
part of the generator's public API and change between releases. ``upstream-<version>.sha256`` records every upstream
template at the pinned version: the ones ours replace, and the ones ours call into (property macros). When the
generator is upgraded or its templates differ, these tests fail and say what to re-check.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import openapi_python_client

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "openapi" / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
PINNED = re.search(r"^GENERATOR_VERSION=(\S+)$", (ROOT / "scripts" / "generate.sh").read_text(), re.M)
REBASE = "re-base openapi/templates on the new upstream templates as openapi/README.md explains, then re-record"


def _recorded() -> tuple[str, dict[str, str]]:
    records = list(OURS.glob("upstream-*.sha256"))
    assert len(records) == 1, f"expected one openapi/templates/upstream-<version>.sha256, found {records}"
    version = records[0].name.removeprefix("upstream-").removesuffix(".sha256")
    hashes = {}
    for line in records[0].read_text().splitlines():
        if line and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            hashes[name] = digest
    return version, hashes


def _overrides() -> list[str]:
    return sorted(path.relative_to(OURS).as_posix() for path in OURS.rglob("*.jinja"))


def test_the_pinned_generator_is_the_one_our_templates_were_checked_against() -> None:
    version, _ = _recorded()
    assert PINNED is not None
    assert PINNED.group(1) == version, (
        f"scripts/generate.sh pins openapi-python-client {PINNED.group(1)} but openapi/templates was checked against "
        f"{version}: {REBASE}"
    )
    assert openapi_python_client.__version__ == version, (
        f"openapi-python-client {openapi_python_client.__version__} is installed, our templates were checked against "
        f"{version}: run 'make install', or {REBASE}"
    )


def test_every_override_replaces_an_upstream_template() -> None:
    _, hashes = _recorded()
    unknown = [name for name in _overrides() if name not in hashes]
    assert not unknown, f"{unknown} replace no template of the pinned generator (renamed upstream?): {REBASE}"
    assert _overrides(), "no override found in openapi/templates"


def test_the_upstream_templates_are_the_recorded_ones() -> None:
    _, hashes = _recorded()
    current = {
        path.relative_to(UPSTREAM).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in UPSTREAM.rglob("*.jinja")
    }
    overridden = set(_overrides())
    changed = sorted(name for name in hashes.keys() | current.keys() if hashes.get(name) != current.get(name))
    assert not changed, (
        "upstream templates differ from the recorded ones: "
        + ", ".join(
            f"{name} ({'ours replaces it' if name in overridden else 'ours may call into it'})" for name in changed
        )
        + f"; {REBASE}"
    )
