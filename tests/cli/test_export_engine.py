"""The resumable export engine on its own: interruptions at every awkward moment, then --resume, never a duplicate."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from onerecord.cli import _export
from onerecord.cli._export import Exporter, ExportError, state_path
from onerecord.cli._output import ExportFormat

ITEMS = [{"shipmentId": f"id-{n:03d}", "quantityExpected": n} for n in range(23)]
PAGE = 5
QUERY: dict[str, Any] = {"filters": {"quantityExpected": {"gte": 0}}, "sort": {}, "groups": [], "limit": PAGE}


@dataclass
class FakePage:
    items: list[dict[str, Any]]
    next_cursor: str | None


class Boom(Exception):
    pass


class Source:
    """Pages of ITEMS; the cursor is the index of the next item. Can fail after a number of pages."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after
        self.cursors: list[str | None] = []

    def __call__(self, cursor: str | None, query: dict[str, Any]) -> Iterator[FakePage]:
        assert query == QUERY
        start = int(cursor or 0)
        served = 0
        while True:
            if self.fail_after is not None and served == self.fail_after:
                raise Boom("network went away")
            self.cursors.append(str(start) if start else None)
            end = min(start + PAGE, len(ITEMS))
            yield FakePage(ITEMS[start:end], str(end) if end < len(ITEMS) else None)
            served += 1
            if end >= len(ITEMS):
                return
            start = end


def run(
    out: Path, source: Source, *, resume: bool = False, force: bool = False, fmt: ExportFormat | None = None
) -> Any:
    exporter = Exporter(out, source, columns=("shipmentId", "quantityExpected"))
    exporter.prepare(fmt, None if resume else QUERY, resume=resume, force=force)
    return exporter.run()


def ids_in(out: Path) -> list[str]:
    if out.suffix == ".csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        return [row["shipmentId"] for row in rows]
    return [json.loads(line)["shipmentId"] for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_interrupted_then_resumed_export_has_every_item_once(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    with pytest.raises(Boom):
        run(out, Source(fail_after=2))
    saved = json.loads(state_path(out).read_text())
    assert saved["records"] == 10 and saved["cursor"] == "10"
    assert len(ids_in(out)) == 10

    result = run(out, Source(), resume=True)
    assert ids_in(out) == [item["shipmentId"] for item in ITEMS]
    assert result.records == len(ITEMS) and result.resumed_from == 10
    assert not state_path(out).exists()
    if name.endswith(".csv"):
        assert out.read_text().count("shipmentId") == 1  # one header, not one per run


def test_lines_written_but_not_recorded_are_dropped_on_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"
    real_save = _export.save_state
    calls = 0

    def crash_on_third_page(path: Path, state: _export.ExportState) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:  # the initial save, two pages, then the crash: page 3's lines are already on disk
            raise Boom("killed between the lines and the state")
        real_save(path, state)

    monkeypatch.setattr(_export, "save_state", crash_on_third_page)
    with pytest.raises(Boom):
        run(out, Source())
    assert len(ids_in(out)) == 15  # page 3 reached the file...
    monkeypatch.setattr(_export, "save_state", real_save)
    run(out, Source(), resume=True)
    ids = ids_in(out)
    assert ids == [item["shipmentId"] for item in ITEMS]  # ...but appears once: truncated, then fetched again


def test_interrupted_before_the_first_page_restarts_from_the_beginning(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(Boom):
        run(out, Source(fail_after=0))
    source = Source()
    run(out, source, resume=True)
    assert source.cursors[0] is None
    assert ids_in(out) == [item["shipmentId"] for item in ITEMS]


def test_a_fresh_export_refuses_to_clobber(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(Boom):
        run(out, Source(fail_after=1))
    with pytest.raises(ExportError, match=r"unfinished export .* --resume .* --force"):
        run(out, Source())
    run(out, Source(), force=True)
    assert len(ids_in(out)) == len(ITEMS)
    with pytest.raises(ExportError, match="already exists; add --force"):
        run(out, Source())


def test_resume_checks_what_it_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(ExportError, match="nothing to resume"):
        run(out, Source(), resume=True)
    with pytest.raises(Boom):
        run(out, Source(fail_after=1))
    with pytest.raises(ExportError, match="started as jsonl"):
        run(out, Source(), resume=True, fmt=ExportFormat.csv)
    exporter = Exporter(out, Source(), columns=("shipmentId",))
    with pytest.raises(ExportError, match="started with other options"):
        exporter.prepare(None, {**QUERY, "limit": 7}, resume=True, force=False)
    out.write_bytes(b"")  # someone emptied the file
    with pytest.raises(ExportError, match="shorter than when the export stopped"):
        run(out, Source(), resume=True)


def test_a_crash_after_the_last_page_is_recorded_does_not_restart_the_listing(tmp_path: Path) -> None:
    """The last page's state (cursor None) is saved, then the process dies before removing the state file."""
    out = tmp_path / "out.jsonl"

    def die_after_last_save(state: _export.ExportState) -> None:
        if state.cursor is None:
            raise Boom("killed before the state file was removed")

    exporter = Exporter(out, Source(), columns=("shipmentId", "quantityExpected"))
    exporter.prepare(None, QUERY, resume=False, force=False)
    with pytest.raises(Boom):
        exporter.run(die_after_last_save)
    assert json.loads(state_path(out).read_text())["cursor"] is None

    source = Source()
    result = run(out, source, resume=True)
    assert source.cursors == []  # nothing left to fetch: not the first page again
    assert ids_in(out) == [item["shipmentId"] for item in ITEMS]
    assert result.records == len(ITEMS)
    assert not state_path(out).exists()


def test_resume_refuses_a_file_edited_since_the_interruption(tmp_path: Path) -> None:
    """Truncating at the recorded offset is only safe if the bytes before it are the ones the export wrote."""
    out = tmp_path / "out.jsonl"
    with pytest.raises(Boom):
        run(out, Source(fail_after=2))
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace('"id-009"', '"id-009-checked"'), encoding="utf-8")  # longer: offset is mid-line now
    with pytest.raises(ExportError, match=r"changed since the export stopped.*--force"):
        run(out, Source(), resume=True)
    assert out.read_text(encoding="utf-8") == text.replace('"id-009"', '"id-009-checked"')  # left as it was

    out.write_text(text, encoding="utf-8")  # put back as written: resumable again
    run(out, Source(), resume=True)
    assert ids_in(out) == [item["shipmentId"] for item in ITEMS]


def test_a_state_without_a_fingerprint_still_resumes(tmp_path: Path) -> None:
    """State files written before the fingerprint existed carry no ``tail``: they resume as before."""
    out = tmp_path / "out.jsonl"
    with pytest.raises(Boom):
        run(out, Source(fail_after=2))
    saved = json.loads(state_path(out).read_text())
    saved.pop("tail", None)
    state_path(out).write_text(json.dumps(saved))
    run(out, Source(), resume=True)
    assert ids_in(out) == [item["shipmentId"] for item in ITEMS]


def test_resume_refuses_the_same_sort_keys_in_another_order(tmp_path: Path) -> None:
    """The first sort key is the main one: a cursor of ``-createdAt, quantityReal`` is no cursor of the reverse."""
    out = tmp_path / "out.jsonl"
    started = {**QUERY, "sort": {"createdAt": "desc", "quantityReal": "asc"}}
    out.write_bytes(b"")
    _export.save_state(state_path(out), _export.ExportState(format="jsonl", query=started, cursor="5", pages=1))
    exporter = Exporter(out, Source(), columns=("shipmentId",))
    with pytest.raises(ExportError, match="started with other options"):
        exporter.prepare(
            None, {**QUERY, "sort": {"quantityReal": "asc", "createdAt": "desc"}}, resume=True, force=False
        )
    assert exporter.prepare(None, dict(started), resume=True, force=False).cursor == "5"


@pytest.mark.parametrize("second", ["resume", "force"])
def test_a_second_export_into_the_same_file_is_refused_while_one_runs(tmp_path: Path, second: str) -> None:
    """Two writers would each truncate to the saved offset and append their pages: lines twice, or torn."""
    out = tmp_path / "out.jsonl"
    with pytest.raises(Boom):
        run(out, Source(fail_after=1))
    refusals: list[str] = []

    def try_another(state: _export.ExportState) -> None:
        if state.pages == 2:  # the first export is running and holds the file
            with pytest.raises(ExportError) as caught:
                run(out, Source(), resume=second == "resume", force=second == "force")
            refusals.append(str(caught.value))

    exporter = Exporter(out, Source(), columns=("shipmentId",))
    exporter.prepare(None, None, resume=True, force=False)
    exporter.run(try_another)
    assert refusals and "another export is writing" in refusals[0]
    assert ids_in(out) == [item["shipmentId"] for item in ITEMS]
