"""Rendering results as a table, JSON, JSON Lines or CSV, plain whenever the reader is not a person at a terminal.

Colour and rich tables are used only when the stream is a terminal and ``NO_COLOR`` is unset; a pipe or a file
gets plain text without escape codes, so ``onerecord ... | grep`` and ``> out.csv`` behave. JSON, JSON Lines and CSV
are written item by item so that a long listing never sits in memory; only the table needs every row first (to size
its columns).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, Any


class Format(StrEnum):
    """Output formats accepted by ``--format``."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    """The line-oriented formats an export can resume: one record per line."""

    jsonl = "jsonl"
    csv = "csv"


@dataclass(frozen=True)
class Style:
    """What a stream can show: colour, and whether a person is watching (tables, progress bars)."""

    interactive: bool
    color: bool


def detect_style(stream: IO[str], env: Mapping[str, str] | None = None) -> Style:
    """A terminal gets rich output; ``NO_COLOR`` (https://no-color.org) or ``TERM=dumb`` turn colour off."""
    env = os.environ if env is None else env
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    color = interactive and not env.get("NO_COLOR") and env.get("TERM") != "dumb"
    return Style(interactive=interactive, color=color)


def cell(value: object) -> str:
    """A value as text for CSV and tables: empty for null, ``true``/``false``, compact JSON for lists and objects."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # counts come back as 3.0 from the number-typed models: show 3
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _table_cell(value: object) -> str:
    """A list cell in a table shows its size; an expanded object shows its code or name."""
    if isinstance(value, list):
        return f"[{len(value)}]" if value else ""
    if isinstance(value, dict):
        for key in ("code", "name", "id"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return cell(value)


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: Format,
    stream: IO[str],
    style: Style,
    *,
    columns: Sequence[str],
    table_columns: Sequence[str] | None = None,
) -> int:
    """Write every record in ``fmt``; returns how many were written."""
    if fmt is Format.jsonl:
        return _write_jsonl(records, stream)
    if fmt is Format.csv:
        writer = CsvWriter(stream, columns)
        writer.header()
        count = 0
        for record in records:
            writer.row(record)
            count += 1
        return count
    if fmt is Format.json:
        return _write_json_array(records, stream)
    rows = list(records)
    _write_table(rows, table_columns or columns, stream, style)
    return len(rows)


def write_record(record: dict[str, Any], fmt: Format, stream: IO[str], style: Style, *, columns: Sequence[str]) -> None:
    """One object: a two-column field/value table, or the same formats as a listing of one."""
    if fmt is Format.json:
        stream.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    elif fmt is Format.table:
        known = [name for name in columns if name in record]
        extra = [name for name in record if name not in columns]
        rows = [{"field": name, "value": cell(record[name])} for name in known + extra]
        _write_table(rows, ("field", "value"), stream, style)
    else:
        write_records([record], fmt, stream, style, columns=columns)


def _write_jsonl(records: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for record in records:
        stream.write(json_line(record))
        count += 1
    return count


def json_line(record: dict[str, Any]) -> str:
    """One compact JSON document and a newline: the unit an export appends and resumes on."""
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False) + "\n"


def _write_json_array(records: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    stream.write("[")
    for record in records:
        stream.write(",\n  " if count else "\n  ")
        stream.write(json.dumps(record, ensure_ascii=False))
        count += 1
    stream.write("\n]\n" if count else "]\n")
    return count


class CsvWriter:
    """CSV with a fixed header (the schema's fields), so every page of a long export lines up with the first."""

    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        self._columns = list(columns)
        self._writer = csv.writer(stream, lineterminator="\n")

    def header(self) -> None:
        self._writer.writerow(self._columns)

    def row(self, record: Mapping[str, object]) -> None:
        self._writer.writerow([cell(record.get(name)) for name in self._columns])


def _write_table(rows: list[dict[str, Any]], columns: Sequence[str], stream: IO[str], style: Style) -> None:
    if style.interactive:
        _write_rich_table(rows, columns, stream, style)
        return
    # Plain text for pipes: aligned columns, no box drawing, no truncation, no trailing spaces.
    grid = [list(columns)] + [[_table_cell(row.get(name)) for name in columns] for row in rows]
    widths = [max(len(line[i]) for line in grid) for i in range(len(columns))]
    for line in grid:
        stream.write("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip() + "\n")


def _write_rich_table(rows: list[dict[str, Any]], columns: Sequence[str], stream: IO[str], style: Style) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, no_color=not style.color, highlight=False)
    table = Table(header_style="bold" if style.color else None)
    for index, name in enumerate(columns):
        # The first column is the identifier people copy into the next command: never broken across lines.
        table.add_column(name, no_wrap=index == 0, overflow="fold")
    for row in rows:
        table.add_row(*(_table_cell(row.get(name)) for name in columns))
    console.print(table)
