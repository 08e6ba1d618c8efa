"""``onerecord --help`` imports neither httpx, nor the generated package, nor rich: start-up stays close to typer's.

Each check runs in a fresh interpreter (``sys.modules`` of this test process already holds everything).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

HEAVY = ("httpx", "onerecord_api", "rich", "markdown_it", "pygments")

# The CLI alone: `onerecord` is pre-registered as a bare package so that its __init__ (the facade, which imports
# httpx today) does not run, and the heavy packages are made unimportable. `onerecord --help` must still work.
ISOLATED = """
import importlib.abc, json, sys, types
from pathlib import Path
import onerecord.cli as _probe  # noqa: F401  (only to find the folder; removed again below)
root = str(Path(sys.modules["onerecord"].__file__).parent)
for name in [m for m in sys.modules if m == "onerecord" or m.startswith(("onerecord.", "onerecord_api"))]:
    del sys.modules[name]
for name in [m for m in sys.modules if m.split(".")[0] in HEAVY]:
    del sys.modules[name]
package = types.ModuleType("onerecord")
package.__path__ = [root]
sys.modules["onerecord"] = package
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HEAVY:
            raise ImportError(f"--help imported {name}")
        return None
sys.meta_path.insert(0, Block())
sys.argv = ["onerecord", *ARGS]
from onerecord.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code}), file=sys.stderr)
"""


def run_isolated(*args: str) -> tuple[str, dict[str, object]]:
    script = f"HEAVY = {HEAVY!r}\nARGS = {list(args)!r}\n" + textwrap.dedent(ISOLATED)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.stderr.strip(), done
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def test_root_help_needs_no_heavy_package() -> None:
    stdout, result = run_isolated("--help")
    assert result["code"] == 0, stdout
    assert "Usage: onerecord" in stdout and "shipments" in stdout


def test_group_help_needs_no_heavy_package() -> None:
    stdout, result = run_isolated("shipments", "--help")
    assert result["code"] == 0, stdout
    assert "list" in stdout and "create" in stdout


def test_help_imports_nothing_heavy_beyond_the_package_itself() -> None:
    """Through the real entry point: whatever `import onerecord` costs, the CLI's --help adds none of it."""
    script = textwrap.dedent(
        f"""
        import json, sys
        import onerecord
        package = set(sys.modules)
        sys.argv = ["onerecord", "--help"]
        from onerecord.cli import main
        try:
            main()
        except SystemExit:
            pass
        added = sorted(m for m in set(sys.modules) - package if m.split(".")[0] in {HEAVY!r})
        print(json.dumps(added), file=sys.stderr)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert "Usage: onerecord" in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
