"""The export's progress display: shown on a terminal's stderr, absent otherwise."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from onerecord.cli._export import ExportState
from onerecord.cli._output import Style
from onerecord.cli.commands.export import _progress


def fake_state(interactive: bool) -> Any:
    return SimpleNamespace(stderr_style=Style(interactive=interactive, color=False))


def test_progress_counts_pages_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    saved = ExportState(format="jsonl", query={}, records=40, pages=2)
    with _progress(fake_state(True), saved) as on_page:
        on_page(ExportState(format="jsonl", query={}, records=60, pages=3))
    err = capsys.readouterr().err
    assert "60 shipments exported (3 pages)" in err


def test_no_progress_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with _progress(fake_state(False), ExportState(format="jsonl", query={})) as on_page:
        on_page(ExportState(format="jsonl", query={}, records=60, pages=3))
    assert capsys.readouterr().err == ""
