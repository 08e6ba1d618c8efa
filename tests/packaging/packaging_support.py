"""Helpers of the packaging tests (imported by name: ``conftest`` puts this folder on ``sys.path``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST_NAME = "technema-onerecord"
# File names use the normalised distribution name (PEP 427 / PEP 625).
FILE_PREFIX = DIST_NAME.replace("-", "_")


def build(kind: str, out: Path) -> Path:
    """Build the ``wheel`` or ``sdist`` into ``out`` the way ``make dist`` does, and return its path."""
    subprocess.run(
        [sys.executable, "-m", "build", f"--{kind}", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob(f"{FILE_PREFIX}-*.whl" if kind == "wheel" else f"{FILE_PREFIX}-*.tar.gz")
    return built
