"""Options shared by several commands, declared once so their names and help never diverge."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._output import Format

FilterOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--filter",
        "-f",
        metavar="FIELD:OP:VALUE",
        help="Keep items matching a condition; repeat to combine (AND). OP is eq, ne, gt, gte, lt, lte or between "
        "(VALUE = MIN,MAX). Examples: quantityReal:gt:10, createdAt:between:2026-11-01,2026-11-30, isSecure:eq:true.",
        show_default=False,
    ),
]
SortOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--sort",
        "-s",
        metavar="[-]FIELD",
        help="Sort by FIELD, ascending; a leading - sorts descending (-createdAt). Repeat for tie-breakers.",
        show_default=False,
    ),
]
GroupOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--group",
        "-g",
        metavar="NAME",
        help="Expand a relation into objects (events, services, events.type, ..., or all). Repeatable.",
        show_default=False,
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        min=1,
        max=200,
        metavar="N",
        help="Items per request (page size, 1-200). Default: the server's.",
        show_default=False,
    ),
]
MaxItemsOpt = Annotated[
    int | None,
    typer.Option(
        "--max-items", min=0, metavar="N", help="Stop after N items. Default: every item.", show_default=False
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-o", help="Output format. table is for people; json, jsonl and csv are for programs."),
]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
FileOpt = Annotated[
    Path | None,
    typer.Option("--file", metavar="PATH", help="JSON object with the fields (- reads stdin).", show_default=False),
]
