"""The README's Python blocks run as written, so the documentation cannot rot unnoticed.

Every fenced ``python`` block of ``README.md`` is preceded by a marker line saying what to do with it:

- ``<!-- readme-test: script -->``: executed as a program, with the ``ONERECORD_*`` variables pointing at a loopback
  sandbox (the set-up the README's quickstart describes); ``expect="..."`` items must appear in what it prints;
- ``<!-- readme-test: conftest -->`` and ``<!-- readme-test: pytest -->``: written as ``conftest.py`` and a test
  module of a scratch project and run by pytest, every test in it having to pass;
- ``<!-- readme-test: sketch -->``: code with placeholders, only compiled.

A block without a marker fails the suite, so a new snippet cannot escape the check by accident.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from onerecord.sandbox import Sandbox

README = Path(__file__).resolve().parents[2] / "README.md"
KINDS = ("script", "conftest", "pytest", "sketch")
FENCE = re.compile(r"^([ \t]*)```python[ \t]*\n(.*?)^\1```[ \t]*$", re.DOTALL | re.MULTILINE)
MARKER = re.compile(r"^\s*<!-- readme-test: (\w+)((?: expect=\"[^\"]*\")*) -->$")
EXPECT = re.compile(r'expect="([^"]*)"')


@dataclass(frozen=True)
class Block:
    """One fenced ``python`` block: where it starts (1-based line of its code), its marker and its code."""

    line: int
    kind: str
    expect: tuple[str, ...]
    code: str

    def __str__(self) -> str:
        return f"README.md:{self.line}"


def read_blocks(text: str) -> list[Block]:
    """Every ``python`` block (indented ones too, as in lists) with the marker on the line just above its fence.

    A block without a marker gets the kind ``""``.
    """
    blocks = []
    for fence in FENCE.finditer(text):
        before = text[: fence.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = MARKER.match(before)
        kind = marker.group(1) if marker else ""
        expect = tuple(EXPECT.findall(marker.group(2))) if marker else ()
        line = text.count("\n", 0, fence.start()) + 2
        blocks.append(Block(line, kind, expect, textwrap.dedent(fence.group(2))))
    return blocks


BLOCKS = read_blocks(README.read_text(encoding="utf-8"))


def of_kind(kind: str) -> list[Block]:
    return [block for block in BLOCKS if block.kind == kind]


def only(kind: str) -> Block:
    (block,) = of_kind(kind)
    return block


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One loopback sandbox with the demo data for every script block; no server-side limit, to keep the run fast."""
    with Sandbox(seed="demo", rate_limit=0) as server:
        yield server


@pytest.fixture
def sandbox_env(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """The three variables the quickstart tells readers to export, and nothing else of ours."""
    client_id, client_secret = sandbox.credentials["forwarder"]
    monkeypatch.setenv("ONERECORD_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("ONERECORD_CLIENT_ID", client_id)
    monkeypatch.setenv("ONERECORD_CLIENT_SECRET", client_secret)
    for name in ("ONERECORD_LOG", "ONERECORD_PROFILE", "ONERECORD_CONFIG"):
        monkeypatch.delenv(name, raising=False)


def test_every_python_block_says_how_it_is_checked() -> None:
    unmarked = [str(block) for block in BLOCKS if block.kind not in KINDS]
    assert unmarked == [], f"python blocks without a '<!-- readme-test: {'|'.join(KINDS)} -->' line above: {unmarked}"


def test_the_readme_keeps_its_runnable_examples() -> None:
    # Guards against markers being switched to "sketch" wholesale: the README's main examples must stay runnable.
    assert len(of_kind("script")) >= 6
    assert len(of_kind("conftest")) == 1
    assert len(of_kind("pytest")) == 1


@pytest.mark.parametrize("block", BLOCKS, ids=str)
def test_every_block_compiles(block: Block) -> None:
    compile(block.code, str(block), "exec")


@pytest.mark.parametrize("block", of_kind("script"), ids=str)
@pytest.mark.usefixtures("sandbox_env")
def test_script_block_runs(block: Block, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(block.code, str(block), "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert printed, f"{block} printed nothing: its example output is not exercised"
    missing = [text for text in block.expect if text not in printed]
    assert missing == [], f"{block} did not print {missing}; it printed:\n{printed}"


def test_pytest_blocks_pass_in_a_scratch_project(pytester: pytest.Pytester) -> None:
    conftest, tests = only("conftest"), only("pytest")
    pytester.makeconftest(conftest.code)
    pytester.makepyfile(test_readme_example=tests.code)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    test_count = sum(
        isinstance(node, ast.FunctionDef) and node.name.startswith("test_") for node in ast.parse(tests.code).body
    )
    assert test_count >= 3
    result.assert_outcomes(passed=test_count)


def test_the_block_reader_sees_markers_and_missing_ones() -> None:
    text = (
        'intro\n<!-- readme-test: script expect="a b" expect="c" -->\n```python\nprint("a b c")\n```\n'
        "`<!-- readme-test: script -->` in prose\n```python\nx = 1\n```\n"
        "- item\n\n  <!-- readme-test: sketch -->\n  ```python\n  if x:\n      y()\n  ```\n"
    )
    first, second, third = read_blocks(text)
    assert (first.kind, first.expect, first.code, first.line) == ("script", ("a b", "c"), 'print("a b c")\n', 4)
    assert (second.kind, second.code) == ("", "x = 1\n")
    assert (third.kind, third.code) == ("sketch", "if x:\n    y()\n")
