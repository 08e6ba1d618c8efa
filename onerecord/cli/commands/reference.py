"""``onerecord places`` and ``onerecord countries``: the API's reference data."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .._context import current
from .._fields import COUNTRY_COLUMNS, COUNTRY_FILTERS, COUNTRY_SORTS, PLACE_GROUPS
from .._options import FilterOpt, FormatOpt, LimitOpt, MaxItemsOpt, SortOpt
from .._output import Format, write_records
from .._query import parse_filters, parse_groups, parse_sort
from ._common import show

places = typer.Typer(name="places", help="Airports and other places.", no_args_is_help=True)
countries = typer.Typer(name="countries", help="Countries (ISO 3166-1).", no_args_is_help=True)

PLACE_COLUMNS = ("code", "name", "country")


@places.command("get")
def get_place(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(metavar="CODE", help="The place's code, e.g. CDG.", show_default=False)],
    group: Annotated[
        list[str] | None,
        typer.Option("--group", "-g", metavar="NAME", help="country (or all) expands the country.", show_default=False),
    ] = None,
    format: FormatOpt = Format.table,
) -> None:
    """Show one place.

    **Example**

        onerecord places get CDG --group country
    """
    groups = parse_groups(group or [], PLACE_GROUPS)
    state = current(ctx)
    show(state, state.client().places.get(code.strip().upper(), groups=groups or None), format, PLACE_COLUMNS)


@countries.command("list")
def list_countries(
    ctx: typer.Context,
    filter: FilterOpt = None,
    sort: SortOpt = None,
    limit: LimitOpt = None,
    max_items: MaxItemsOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """List countries. Filters: code:eq, code:ne, name:eq. Sort: code, name.

    **Examples**

        onerecord countries list --filter code:eq:US
        onerecord countries list --sort -name --format csv > countries.csv
    """
    filters = parse_filters(filter or [], COUNTRY_FILTERS)
    sorting = parse_sort(sort or [], COUNTRY_SORTS)
    state = current(ctx)
    pager = state.client().countries.list(
        filters=filters or None, sort=sorting or None, limit=limit, max_items=max_items
    )
    write_records((c.to_dict() for c in pager), format, sys.stdout, state.stdout_style, columns=COUNTRY_COLUMNS)
