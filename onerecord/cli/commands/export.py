"""``onerecord export shipments``: a listing written to a file, resumable after an interruption."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import _schema
from .._context import CliState, current
from .._errors import UsageProblem
from .._export import Exporter, ExportState, PageLike
from .._options import FilterOpt, GroupOpt, LimitOpt, SortOpt
from .._output import ExportFormat
from .._problems import ExportError
from .._query import parse_filters, parse_groups, parse_sort
from . import group
from ._spec_help import query_help, spec_command
from .shipments import ITEM, LIST

app = group("export")


@app.command("shipments", cls=spec_command(lambda: query_help(LIST, ITEM)))
def export_shipments(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", metavar="FILE", help="File to write (a .csv name implies --format csv).")
    ],
    format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-o",
            help="jsonl (one JSON object a line) or csv. Default: from FILE's suffix.",
            show_default=False,
        ),
    ] = None,
    filter: FilterOpt = None,
    sort: SortOpt = None,
    group: GroupOpt = None,
    limit: LimitOpt = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted export into FILE from its last saved page.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Start over, overwriting FILE and any unfinished export into it.")
    ] = False,
) -> None:
    """Write every matching shipment to FILE, one line each, with a progress bar on a terminal.

    Progress is saved in FILE.state.json after each page, once the page's lines are on disk. If the export stops
    (Ctrl-C, network, crash), run the same command with --resume: it continues from the saved page and no line is
    written twice. With --resume, give the same --filter/--sort/--group/--limit as at the start (sort keys in the
    same order) or none of them: they default to the saved ones, as does the format. A FILE edited since the
    interruption is refused.

    Examples:

    \b
        onerecord export shipments --out november.jsonl \\
            --filter createdAt:between:2026-11-01,2026-11-30
        onerecord export shipments --out november.jsonl --resume
        onerecord export shipments --out all.csv --group events --limit 200
    """
    if resume and force:
        raise UsageProblem("--resume continues an export, --force starts over: choose one")
    given = bool(filter or sort or group or limit is not None)
    spec = _schema.query(LIST, ITEM)
    query: dict[str, Any] = {
        "filters": parse_filters(filter or [], spec.filters),
        "sort": parse_sort(sort or [], spec.sorts),
        "groups": parse_groups(group or [], spec.groups),
        "limit": limit,
    }
    state = current(ctx)
    exporter = Exporter(
        out, lambda cursor, saved_query: _pages(state, cursor, saved_query), columns=_schema.columns(ITEM)
    )
    saved = exporter.prepare(format, query if given or not resume else None, resume=resume, force=force)
    state.client()  # settings problems surface before the progress bar appears
    if resume:
        state.warn(f"resuming after {saved.records} shipments ({_pages_text(saved.pages)})")
    try:
        with _progress(state, saved) as on_page:
            result = exporter.run(on_page)
    except ExportError:
        raise  # the export could not start (e.g. another one holds FILE): nothing of this run to resume
    except (Exception, KeyboardInterrupt):
        if exporter.state_file.exists():  # else there is nothing --resume could continue
            done = exporter.state.records if exporter.state else 0
            state.warn(f"export stopped after {done} shipments; run the same command with --resume to continue")
        raise
    state.warn(f"exported {result.records} shipments to {out} ({_pages_text(result.pages)})")


def _pages_text(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


def _pages(state: CliState, cursor: str | None, query: dict[str, Any]) -> Iterable[PageLike]:
    return (
        state.client()
        .shipments.list(
            filters=query.get("filters") or None,
            sort=query.get("sort") or None,
            groups=query.get("groups") or None,
            limit=query.get("limit"),
            cursor=cursor,
        )
        .pages()
    )


@contextlib.contextmanager
def _progress(state: CliState, saved: ExportState) -> Iterator[Callable[[ExportState], None]]:
    """A live counter on a terminal's stderr; nothing at all when stderr is a pipe or a file."""
    if not state.stderr_style.interactive:
        yield lambda progress_state: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, no_color=not state.stderr_style.color)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(f"{saved.records} shipments exported", total=None)

        def on_page(current_state: ExportState) -> None:
            progress.update(
                task, description=f"{current_state.records} shipments exported ({_pages_text(current_state.pages)})"
            )

        yield on_page
