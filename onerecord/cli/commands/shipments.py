"""``onerecord shipments``: list, get, create, update and delete shipments."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import _schema
from .._context import current
from .._input import assemble_body, check_id, rejected_as, used_options
from .._options import FileOpt, FilterOpt, FormatOpt, GroupOpt, LimitOpt, MaxItemsOpt, SortOpt, YesOpt
from .._output import Format, write_records
from .._query import parse_filters, parse_groups, parse_sort
from . import group
from ._common import delete_after_confirmation, show, update_and_show
from ._spec_help import body_help, query_help, spec_command

app = group("shipments")

# Which generated operations and models each command uses; everything about their fields is read from them.
LIST, GET = "shipment.list_shipments", "shipment.get_shipment"
ITEM, CREATE, UPDATE = "Shipment", "ShipmentCreate", "ShipmentUpdate"
# The narrower set of columns a terminal table shows for a list (a presentation choice, not an API fact): fields
# the API no longer has are skipped; `--format json` or `shipments get` show every field.
TABLE_COLUMNS = (
    "shipmentId",
    "orderReference",
    "customerReference",
    "departure",
    "arrival",
    "quantityExpected",
    "mawbNumber",
    "createdAt",
)

IdArg = Annotated[str, typer.Argument(metavar="ID", help="The shipment's id (shipmentId, a UUID).", show_default=False)]
SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="FIELD=VALUE",
        help="Set a field (API or Python name); repeatable. FIELD=null clears it. Values are checked against the "
        "field's type: numbers, true/false, text (the fields are listed below).",
        show_default=False,
    ),
]


@app.command("list", cls=spec_command(lambda: query_help(LIST, ITEM)))
def list_shipments(
    ctx: typer.Context,
    filter: FilterOpt = None,
    sort: SortOpt = None,
    group: GroupOpt = None,
    limit: LimitOpt = None,
    max_items: MaxItemsOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """List shipments, following every page (or up to --max-items).

    The filterable and sortable fields and the groups, as the API description lists them, are shown below.

    Examples:

    \b
        onerecord shipments list --max-items 20 \\
            --filter quantityReal:gt:10 --sort -createdAt
        onerecord shipments list --filter departure:eq:CDG --group events \\
            --format jsonl > cdg.jsonl
        onerecord shipments list --format csv \\
            --filter createdAt:between:2026-11-01,2026-11-30
    """
    spec = _schema.query(LIST, ITEM)
    filters = parse_filters(filter or [], spec.filters)
    sorting = parse_sort(sort or [], spec.sorts)
    groups = parse_groups(group or [], spec.groups)
    state = current(ctx)
    pager = state.client().shipments.list(
        filters=filters or None, sort=sorting or None, groups=groups or None, limit=limit, max_items=max_items
    )
    records = (shipment.to_dict() for shipment in pager)
    columns = _schema.columns(ITEM)
    table_columns = [name for name in TABLE_COLUMNS if name in columns] or columns
    write_records(records, format, sys.stdout, state.stdout_style, columns=columns, table_columns=table_columns)


@app.command("get", cls=spec_command(lambda: query_help(GET, ITEM)))
def get_shipment(
    ctx: typer.Context, shipment_id: IdArg, group: GroupOpt = None, format: FormatOpt = Format.table
) -> None:
    """Show one shipment, every field.

    Examples:

    \b
        onerecord shipments get "$ID"
        onerecord shipments get "$ID" --group events.type --format json
    """
    identifier = check_id(shipment_id)
    groups = parse_groups(group or [], _schema.query(GET, ITEM).groups)
    state = current(ctx)
    show(state, state.client().shipments.get(identifier, groups=groups or None), format, _schema.columns(ITEM))


@app.command("create", cls=spec_command(lambda: body_help(CREATE)))
def create_shipment(
    ctx: typer.Context,
    file: FileOpt = None,
    order_reference: Annotated[
        str | None,
        typer.Option(
            metavar="REF",
            help="Kind of shipment: E-ONERECORD (export), I-ONERECORD (import), P-ONERECORD (export delivery order).",
            show_default=False,
        ),
    ] = None,
    departure: Annotated[str | None, typer.Option(metavar="CODE", help="Departure place, e.g. CDG.")] = None,
    departure_country: Annotated[str | None, typer.Option(metavar="CC", help="Departure country, e.g. FR.")] = None,
    arrival: Annotated[str | None, typer.Option(metavar="CODE", help="Arrival place, e.g. NRT.")] = None,
    arrival_country: Annotated[str | None, typer.Option(metavar="CC", help="Arrival country, e.g. JP.")] = None,
    quantity_expected: Annotated[float | None, typer.Option(metavar="N", help="Number of packages expected.")] = None,
    customer_reference: Annotated[str | None, typer.Option(metavar="TEXT", help="Your own reference.")] = None,
    set_: SetOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """Announce a new shipment to the warehouse, from --file, options, or both (options win).

    The options below give the usual fields; any field of the API description goes through --set (e.g. --set
    mawbNumber=057-12345675 --set isDangerous=true). The fields, and which are required, are listed below.

    Examples:

    \b
        onerecord shipments create --order-reference E-ONERECORD \\
            --departure CDG --departure-country FR \\
            --arrival NRT --arrival-country JP --quantity-expected 3
        onerecord shipments create --file shipment.json --customer-reference PO-1
    """
    options = {
        "orderReference": order_reference,
        "departure": departure,
        "departureCountry": departure_country,
        "arrival": arrival,
        "arrivalCountry": arrival_country,
        "quantityExpected": _whole(quantity_expected),
        "customerReference": customer_reference,
    }
    origins: dict[str, str] = {}
    body = assemble_body(file, options, set_, _schema.body_fields(CREATE), complete=True, origins=origins)
    state = current(ctx)
    client = state.client()
    with rejected_as(used_options(file, options, set_), origins):
        shipment = client.shipments.create(body)
    show(state, shipment, format, _schema.columns(ITEM))


@app.command("update", cls=spec_command(lambda: body_help(UPDATE)))
def update_shipment(
    ctx: typer.Context, shipment_id: IdArg, set_: SetOpt = None, file: FileOpt = None, format: FormatOpt = Format.table
) -> None:
    """Change some fields of a shipment; the others are left as they are.

    What may change depends on the shipment's progress (everything until the warehouse handles it, then less);
    the server answers 409 when a field can no longer change.

    Examples:

    \b
        onerecord shipments update "$ID" --set customerReference=PO-1234
        onerecord shipments update "$ID" --set mawbNumber=null
    """
    update_and_show(
        ctx,
        shipment_id,
        set_,
        file,
        fields=_schema.body_fields(UPDATE),
        update=lambda client, identifier, body: client.shipments.update(identifier, body),
        columns=_schema.columns(ITEM),
        fmt=format,
    )


@app.command("delete")
def delete_shipment(ctx: typer.Context, shipment_id: IdArg, yes: YesOpt = False) -> None:
    """Cancel a shipment the warehouse has not handled yet (asks first unless --yes).

    Example:

    \b
        onerecord shipments delete "$ID" --yes
    """
    delete_after_confirmation(
        ctx, "shipment", shipment_id, yes, lambda client, identifier: client.shipments.delete(identifier)
    )


def _whole(value: float | None) -> int | float | None:
    """3.0 from the command line is sent as 3: the quantity is a count of packages."""
    return int(value) if value is not None and value.is_integer() else value
