"""Output formats, and plain output (no escape codes, no box drawing) whenever the stream is not a terminal."""

from __future__ import annotations

import csv
import io
import json

from onerecord.cli._output import Format, Style, detect_style, write_record, write_records

PLAIN = Style(interactive=False, color=False)
RECORDS = [
    {"shipmentId": "a", "quantityExpected": 3, "isSecure": True, "events": ["e1", "e2"], "customerReference": None},
    {"shipmentId": "b", "quantityExpected": 1.5, "isSecure": False, "events": [], "departure": {"code": "CDG"}},
]
COLUMNS = ("shipmentId", "quantityExpected", "isSecure", "events", "departure", "customerReference")


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_style_follows_isatty_and_no_color() -> None:
    assert detect_style(io.StringIO(), {}) == Style(interactive=False, color=False)
    assert detect_style(FakeTty(), {}) == Style(interactive=True, color=True)
    assert detect_style(FakeTty(), {"NO_COLOR": "1"}) == Style(interactive=True, color=False)
    assert detect_style(FakeTty(), {"TERM": "dumb"}).color is False


def test_jsonl_is_one_compact_object_per_line() -> None:
    out = io.StringIO()
    assert write_records(iter(RECORDS), Format.jsonl, out, PLAIN, columns=COLUMNS) == 2
    assert [json.loads(line) for line in out.getvalue().splitlines()] == RECORDS


def test_json_is_one_array_even_when_empty() -> None:
    out = io.StringIO()
    write_records(iter(RECORDS), Format.json, out, PLAIN, columns=COLUMNS)
    assert json.loads(out.getvalue()) == RECORDS
    empty = io.StringIO()
    write_records(iter([]), Format.json, empty, PLAIN, columns=COLUMNS)
    assert json.loads(empty.getvalue()) == []


def test_csv_has_fixed_columns_and_text_cells() -> None:
    out = io.StringIO()
    write_records(iter(RECORDS), Format.csv, out, PLAIN, columns=COLUMNS)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(COLUMNS)
    assert rows[1] == ["a", "3", "true", '["e1","e2"]', "", ""]
    assert rows[2] == ["b", "1.5", "false", "[]", '{"code":"CDG"}', ""]


def test_plain_table_for_a_pipe_has_no_escape_codes_nor_boxes() -> None:
    out = io.StringIO()
    write_records(iter(RECORDS), Format.table, out, PLAIN, columns=COLUMNS)
    text = out.getvalue()
    assert "\x1b[" not in text
    assert not any(char in text for char in "│─┃━╭")
    lines = text.splitlines()
    assert lines[0].split() == list(COLUMNS)
    assert lines[1].split() == ["a", "3", "true", "[2]"]
    assert lines[2].split() == ["b", "1.5", "false", "CDG"]  # an expanded place shows its code
    assert all(line == line.rstrip() for line in lines)


def test_rich_table_on_a_terminal_has_colour_only_when_allowed() -> None:
    coloured = FakeTty()
    write_records(iter(RECORDS), Format.table, coloured, Style(interactive=True, color=True), columns=COLUMNS)
    assert "\x1b[" in coloured.getvalue()
    plain = FakeTty()
    write_records(iter(RECORDS), Format.table, plain, Style(interactive=True, color=False), columns=COLUMNS)
    assert "\x1b[" not in plain.getvalue()
    assert "shipmentId" in plain.getvalue()


def test_one_record_as_a_field_value_table() -> None:
    out = io.StringIO()
    write_record({"shipmentId": "a", "extra": 1, "events": ["e1"]}, Format.table, out, PLAIN, columns=COLUMNS)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["field", "value"]
    assert lines[1].split() == ["shipmentId", "a"]
    assert lines[2].split() == ["events", '["e1"]']
    assert lines[3].split() == ["extra", "1"]  # unknown fields are shown too, after the known ones


def test_whole_floats_show_as_integers_in_text_formats() -> None:
    out = io.StringIO()
    write_records(iter([{"q": 3.0, "w": 2.5}]), Format.csv, out, PLAIN, columns=("q", "w"))
    assert out.getvalue().splitlines()[1] == "3,2.5"
