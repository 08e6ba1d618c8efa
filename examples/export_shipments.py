"""Export every shipment matching a filter to CSV or JSON Lines, resumably.

Run it with::

    python examples/export_shipments.py --filter departure:eq:CDG --filter quantityExpected:gte:10 \\
        --format csv --out cdg.csv

``--filter FIELD:OP:VALUE`` may be repeated (operators: eq ne gt gte lt lte between; a ``between`` value is
``MIN,MAX``). Progress goes to stderr: a counter updated in place on a terminal, one line per page otherwise.

Resuming: after each page is completely written and fsync'ed, ``--state FILE`` (default: ``<out>.state.json``) is
replaced atomically with the cursor of the next page and the output's size. If the export stops (Ctrl-C, a network
failure, a crash), run the same command again: the output is truncated back to the recorded size, which drops any
half-written page, and the listing continues from the recorded cursor, so every shipment appears exactly once. The
state file is removed when the export completes. An output edited in between (shorter than recorded, or no longer
ending a line there) is refused rather than cut.

With no ``ONERECORD_*`` variable set it exports from a local sandbox holding the demo data (the ``sandbox`` extra);
set ``ONERECORD_CLIENT_ID`` and ``ONERECORD_CLIENT_SECRET`` (and optionally ``ONERECORD_BASE_URL``) for the real API.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx
from _connect import api_target  # examples/_connect.py (a script's folder is on sys.path)

from onerecord import OneRecord, OneRecordError, Shipment

OPERATORS = ("eq", "ne", "gt", "gte", "lt", "lte", "between")
CSV_COLUMNS = (
    "shipmentId",
    "orderReference",
    "customerReference",
    "departure",
    "departureCountry",
    "arrival",
    "arrivalCountry",
    "quantityExpected",
    "quantityTypeExpected",
    "grossWeightExpected",
    "grossWeightTaxableExpected",
    "volumeExpected",
    "quantityReal",
    "quantityTypeReal",
    "grossWeightReal",
    "grossWeightTaxableReal",
    "volumeReal",
    "mawbNumber",
    "hawbNumber",
    "goodsDescription",
    "isSecure",
    "isDangerous",
    "limitBoardingTime",
    "createdAt",
    "updatedAt",
)
STATE_VERSION = 1

Filters = dict[str, dict[str, object]]


class UsageError(Exception):
    """The command line or the state file does not allow the export to start (exit code 2)."""


@dataclass
class ExportState:
    """What the state file holds: the query (to refuse resuming another export) and the progress so far."""

    query: dict[str, Any]
    cursor: str
    offset: int
    records: int
    pages: int
    version: int = STATE_VERSION

    @classmethod
    def load(cls, path: Path, query: dict[str, Any]) -> ExportState | None:
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            state = cls(**data)
        except (ValueError, TypeError) as exc:
            raise UsageError(f"{path} is not a state file of this script ({exc}); remove it to start over") from exc
        if state.version != STATE_VERSION or state.query != query:
            raise UsageError(f"{path} belongs to another export ({state.query}); remove it to start over")
        return state

    def save(self, path: Path) -> None:
        """Replace the state file atomically: a crash leaves either the old state or the new one, never half."""
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as file:
            json.dump(asdict(self), file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)


def parse_filter(text: str) -> tuple[str, str, object]:
    """``"quantityExpected:between:1,10"`` -> ``("quantityExpected", "between", ("1", "10"))``."""
    field, op, value = [*text.split(":", 2), "", ""][:3]
    if not field or op not in OPERATORS or not value:
        raise UsageError(f"--filter {text!r}: expected FIELD:OP:VALUE with OP one of {', '.join(OPERATORS)}")
    if op == "between":
        low, comma, high = value.partition(",")
        if not comma or not low or not high:
            raise UsageError(f"--filter {text!r}: a between value is MIN,MAX")
        return field, op, (low, high)
    return field, op, value


def build_filters(texts: Sequence[str]) -> Filters:
    filters: Filters = {}
    for text in texts:
        field, op, value = parse_filter(text)
        filters.setdefault(field, {})[op] = value
    return filters


def render_page(shipments: Sequence[Shipment], fmt: str, *, header: bool) -> bytes:
    """One page as the bytes to append to the output (with the CSV header on the first page)."""
    buffer = io.StringIO(newline="")
    if fmt == "jsonl":
        for shipment in shipments:
            buffer.write(json.dumps(shipment.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        writer = csv.writer(buffer, lineterminator="\n")
        if header:
            writer.writerow(CSV_COLUMNS)
        for shipment in shipments:
            record = shipment.to_dict()
            writer.writerow(_csv_cell(record.get(column)) for column in CSV_COLUMNS)
    return buffer.getvalue().encode("utf-8")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):  # a relation expanded by a group: keep its code or id
        return str(value.get("code", value.get("id", "")))
    return str(value)


class Progress:
    """A shipment counter on stderr: rewritten in place on a terminal, one plain line per page otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.interactive = stream.isatty()

    def update(self, records: int, pages: int) -> None:
        text = f"exported {records} shipments (page {pages})"
        self.stream.write(f"\r{text}" if self.interactive else f"{text}\n")
        self.stream.flush()

    def finish(self, message: str) -> None:
        self.stream.write(("\n" if self.interactive else "") + message + "\n")
        self.stream.flush()


def export(client: OneRecord, args: argparse.Namespace, progress: Progress) -> int:
    """Run (or resume) the export; returns the number of shipments in the output."""
    out = Path(args.out)
    state_path = Path(args.state) if args.state else out.with_name(out.name + ".state.json")
    query: dict[str, Any] = {"filters": sorted(args.filter), "format": args.format}  # what the output depends on
    filters = build_filters(args.filter)
    state = ExportState.load(state_path, query)
    if state is not None and (not out.exists() or out.stat().st_size < state.offset):
        raise UsageError(f"{out} is missing or shorter than {state_path} records; remove the state file to start over")
    if state is not None and not _line_ends_at(out, state.offset):
        # Edited by hand: cutting at the recorded size would split a line in two.
        raise UsageError(f"{out} changed since the interruption; undo the edit, or remove {state_path} to start over")
    records = state.records if state else 0
    pages = state.pages if state else 0
    with out.open("r+b" if state else "wb") as file:
        if state is not None:
            file.truncate(state.offset)  # drop whatever was written after the last recorded page
            file.seek(state.offset)
            progress.stream.write(f"resuming after {records} shipments ({pages} pages)\n")
        pager = client.shipments.list(filters=filters, limit=args.limit, cursor=state.cursor if state else None)
        for page in pager.pages():
            file.write(render_page(page.items, args.format, header=file.tell() == 0))
            file.flush()
            os.fsync(file.fileno())
            records, pages = records + len(page.items), pages + 1
            if page.next_cursor:
                ExportState(query, page.next_cursor, file.tell(), records, pages).save(state_path)
            progress.update(records, pages)
    state_path.unlink(missing_ok=True)
    return records


def _line_ends_at(path: Path, offset: int) -> bool:
    """Whether ``offset`` falls just after a newline, as it does where the export recorded the end of a page."""
    if offset == 0:
        return True
    with path.open("rb") as file:
        file.seek(offset - 1)
        return file.read(1) == b"\n"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Export shipments matching filters to CSV or JSON Lines, resumably.")
    parser.add_argument("--filter", action="append", default=[], metavar="FIELD:OP:VALUE", help="repeatable")
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("--out", required=True, help="output file")
    parser.add_argument("--state", help="resume state file (default: <out>.state.json)")
    parser.add_argument("--limit", type=int, default=100, help="shipments per page, 1..200 (default 100)")
    args = parser.parse_args(argv)
    if not 1 <= args.limit <= 200:
        parser.error("--limit must be between 1 and 200")
    return args


def main(argv: Sequence[str] | None = None, *, http_client: httpx.Client | None = None) -> int:
    """Exit code 0 when complete, 1 when interrupted by an API or network error, 2 on bad usage, 130 on Ctrl-C.

    ``http_client`` is for tests (e.g. one whose transport fails on purpose); it is left open.
    """
    args = parse_args(argv)
    progress = Progress(sys.stderr)
    try:
        build_filters(args.filter)  # report a bad --filter before starting a sandbox
        with (
            api_target(seed="demo") as target,
            OneRecord(
                client_id=target.client_id,
                client_secret=target.client_secret,
                base_url=target.base_url,
                http_client=http_client,
            ) as client,
        ):
            records = export(client, args, progress)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OneRecordError as error:
        progress.finish(f"export interrupted: {error}\nrun the same command again to resume")
        return 1
    except KeyboardInterrupt:
        progress.finish("export interrupted\nrun the same command again to resume")
        return 130
    progress.finish(f"done: {records} shipments in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
