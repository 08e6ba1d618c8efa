"""No tracked file cites the research notes kept outside the repository (issue 13).

Those notes (the reconstructed API reference, the SDK research notes and the list of docs pages) are not shipped
with the project, so a reader of the repository cannot follow a citation to them. Cite the vendor docs page
(https://docs.one-record.fr/one-record/...), the upstream project's docs, issue or source, or explain in plain words.
``generated/`` is produced by the generator and is left out; so is this file, which has to name what it looks for.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SELF = Path(__file__).resolve()
CITATION = re.compile(r"\bREFERENCE(?:\.md\b|\s+(?:[a-d]\.\d|§))|\bSDK-NOTES\b|\bDOC-PAGES\b")


def _tracked_files() -> list[Path]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split("\0")
    return [ROOT / name for name in listing if name and not name.startswith("generated/")]


def test_no_tracked_file_cites_notes_outside_the_repository() -> None:
    offenders = []
    for path in _tracked_files():
        if path.resolve() == SELF or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if CITATION.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "citations of documents that are not in the repository:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "line",
    ["see REFERENCE.md b.5", "(REFERENCE d.1)", "(SDK-NOTES §1.4)", "from DOC-PAGES.md", "REFERENCE §2"],
)
def test_the_pattern_finds_citations(line: str) -> None:
    assert CITATION.search(line)


@pytest.mark.parametrize("line", ["REFERENCE_LETTER[kind]", "society_id TEXT REFERENCES society(id)"])
def test_the_pattern_leaves_code_alone(line: str) -> None:
    assert not CITATION.search(line)
