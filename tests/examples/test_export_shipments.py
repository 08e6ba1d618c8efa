"""``examples/export_shipments.py``: interrupted exports resume with every matching shipment exactly once."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import export_shipments
import httpx
import pytest
from examples_support import InProcessSandbox

FILTERS = ["--filter", "departure:eq:CDG"]
PAGE = 7  # small pages, so the export spans several of them


class InterruptOnListing(httpx.BaseTransport):
    """Passes requests to ``inner`` but raises ``error`` instead of sending the ``fail_at``-th shipment listing."""

    def __init__(self, inner: httpx.BaseTransport, fail_at: int, error: BaseException) -> None:
        self.inner = inner
        self.fail_at = fail_at
        self.error = error
        self.listings = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path == "/shipment":
            self.listings += 1
            if self.listings == self.fail_at:
                raise self.error
        return self.inner.handle_request(request)


def expected_ids(sandbox: InProcessSandbox) -> list[str]:
    """The direct listing the export must reproduce, in the same order."""
    pager = sandbox.client.shipments.list(filters={"departure": {"eq": "CDG"}}, limit=200)
    return [str(shipment.shipment_id) for shipment in pager]


def run_export(transport: httpx.BaseTransport, *args: str) -> int:
    with httpx.Client(transport=transport) as http:
        return export_shipments.main([*FILTERS, "--limit", str(PAGE), *args], http_client=http)


def csv_ids(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    return [row["shipmentId"] for row in rows]


@pytest.mark.usefixtures("api_env")
def test_ctrl_c_mid_export_then_rerun_gives_every_shipment_once(
    sandbox: InProcessSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, state = tmp_path / "cdg.csv", tmp_path / "cdg.state.json"
    expected = expected_ids(sandbox)
    assert len(expected) > 3 * PAGE  # the interruption falls in the middle

    flaky = InterruptOnListing(sandbox.transport, fail_at=3, error=KeyboardInterrupt())
    assert run_export(flaky, "--out", str(out), "--state", str(state)) == 130

    saved = json.loads(state.read_text())
    assert saved["pages"] == 2 and saved["records"] == 2 * PAGE
    assert saved["offset"] == out.stat().st_size  # the state describes exactly what is on disk
    assert csv_ids(out) == expected[: 2 * PAGE]
    first_run = capsys.readouterr().err
    assert "exported 7 shipments (page 1)\nexported 14 shipments (page 2)\n" in first_run  # plain lines: no TTY
    assert "run the same command again to resume" in first_run

    assert run_export(sandbox.transport, "--out", str(out), "--state", str(state)) == 0
    assert csv_ids(out) == expected
    assert not state.exists()
    assert f"resuming after {2 * PAGE} shipments (2 pages)" in capsys.readouterr().err


@pytest.mark.usefixtures("api_env")
def test_a_page_written_but_not_recorded_is_dropped_on_resume(sandbox: InProcessSandbox, tmp_path: Path) -> None:
    """A crash between writing a page and saving the state leaves extra lines; resuming must not keep them."""
    out = tmp_path / "cdg.jsonl"
    state = tmp_path / "cdg.jsonl.state.json"  # the default name
    crash = InterruptOnListing(sandbox.transport, fail_at=2, error=RuntimeError("process killed"))
    with pytest.raises(RuntimeError, match="process killed"):
        run_export(crash, "--format", "jsonl", "--out", str(out))
    recorded = json.loads(state.read_text())["offset"]
    with out.open("ab") as file:  # what a half-written next page looks like
        file.write(b'{"shipmentId":"half-written page"}\n{"shipm')

    assert run_export(sandbox.transport, "--format", "jsonl", "--out", str(out)) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["shipmentId"] for line in lines] == expected_ids(sandbox)
    assert out.stat().st_size > recorded


@pytest.mark.usefixtures("api_env")
def test_a_state_file_of_another_export_is_refused(
    sandbox: InProcessSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, state = tmp_path / "out.csv", tmp_path / "state.json"
    flaky = InterruptOnListing(sandbox.transport, fail_at=2, error=KeyboardInterrupt())
    assert run_export(flaky, "--out", str(out), "--state", str(state)) == 130
    before = out.read_bytes()
    with httpx.Client(transport=sandbox.transport) as http:
        code = export_shipments.main(
            ["--filter", "departure:eq:ORY", "--out", str(out), "--state", str(state)], http_client=http
        )
    assert code == 2
    assert "belongs to another export" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_filters_from_the_command_line() -> None:
    assert export_shipments.build_filters(
        ["quantityExpected:between:1,10", "quantityExpected:ne:5", "arrival:eq:a:b"]
    ) == {
        "quantityExpected": {"between": ("1", "10"), "ne": "5"},
        "arrival": {"eq": "a:b"},
    }
    for bad in ("departure", "departure:like:CDG", "departure:eq:", "volumeReal:between:3"):
        with pytest.raises(export_shipments.UsageError):
            export_shipments.parse_filter(bad)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_rewritten_in_place_on_a_terminal() -> None:
    terminal = Terminal()
    progress = export_shipments.Progress(terminal)
    progress.update(100, 1)
    progress.update(200, 2)
    progress.finish("done")
    assert terminal.getvalue() == "\rexported 100 shipments (page 1)\rexported 200 shipments (page 2)\ndone\n"


@pytest.mark.usefixtures("api_env")
def test_an_output_edited_since_the_interruption_is_refused(
    sandbox: InProcessSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cutting an edited file at the recorded size would split a line; the rerun must refuse instead."""
    out = tmp_path / "cdg.jsonl"
    flaky = InterruptOnListing(sandbox.transport, fail_at=3, error=KeyboardInterrupt())
    assert run_export(flaky, "--format", "jsonl", "--out", str(out)) == 130
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[0] = lines[0].replace('"shipmentId":"', '"note":"checked by hand","shipmentId":"')  # a longer first line
    edited = "".join(lines)
    out.write_text(edited, encoding="utf-8")
    capsys.readouterr()

    assert run_export(sandbox.transport, "--format", "jsonl", "--out", str(out)) == 2
    assert "changed since the interruption" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == edited
