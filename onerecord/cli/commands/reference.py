"""``onerecord places`` and ``onerecord countries``: the API's reference data."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import _schema
from .._context import current
from .._options import FilterOpt, FormatOpt, LimitOpt, MaxItemsOpt, SortOpt
from .._output import Format, write_records
from .._query import parse_filters, parse_groups, parse_sort
from . import group
from ._common import show
from ._spec_help import query_help, spec_command

places = group("places")
countries = group("countries")

PLACE, PLACE_GET = "Place", "place.get_place"
COUNTRY, COUNTRY_LIST = "Country", "country.list_countries"


@places.command("get", cls=spec_command(lambda: query_help(PLACE_GET, PLACE)))
def get_place(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(metavar="CODE", help="The place's code, e.g. CDG.", show_default=False)],
    group: Annotated[
        list[str] | None,
        typer.Option("--group", "-g", metavar="NAME", help="Expand a relation (listed below).", show_default=False),
    ] = None,
    format: FormatOpt = Format.table,
) -> None:
    """Show one place.

    Example:

    \b
        onerecord places get CDG --group country
    """
    groups = parse_groups(group or [], _schema.query(PLACE_GET, PLACE).groups)
    state = current(ctx)
    place = state.client().places.get(code.strip().upper(), groups=groups or None)
    show(state, place, format, _schema.columns(PLACE))


@countries.command("list", cls=spec_command(lambda: query_help(COUNTRY_LIST, COUNTRY)))
def list_countries(
    ctx: typer.Context,
    filter: FilterOpt = None,
    sort: SortOpt = None,
    limit: LimitOpt = None,
    max_items: MaxItemsOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """List countries (the filters and sort keys are listed below).

    Examples:

    \b
        onerecord countries list --filter code:eq:US
        onerecord countries list --sort -name --format csv > countries.csv
    """
    spec = _schema.query(COUNTRY_LIST, COUNTRY)
    filters = parse_filters(filter or [], spec.filters)
    sorting = parse_sort(sort or [], spec.sorts)
    state = current(ctx)
    pager = state.client().countries.list(
        filters=filters or None, sort=sorting or None, limit=limit, max_items=max_items
    )
    write_records(
        (c.to_dict() for c in pager), format, sys.stdout, state.stdout_style, columns=_schema.columns(COUNTRY)
    )
