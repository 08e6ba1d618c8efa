"""``onerecord anomalies``: record an anomaly on a shipment (the API has no other anomaly operation)."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import _schema
from .._context import current
from .._input import assemble_body, check_id, rejected_as, used_options
from .._options import FileOpt, FormatOpt
from .._output import Format
from .._values import coerce
from . import group
from ._common import show
from ._spec_help import body_help, spec_command

app = group("anomalies")

ITEM, CREATE = "ShipmentAnomaly", "ShipmentAnomalyCreate"


@app.command("create", cls=spec_command(lambda: body_help(CREATE)))
def create_anomaly(
    ctx: typer.Context,
    shipment: Annotated[str | None, typer.Option(metavar="ID", help="The shipment's id.", show_default=False)] = None,
    category: Annotated[str | None, typer.Option(metavar="CODE", help="Anomaly category code.")] = None,
    type_: Annotated[
        str | None, typer.Option("--type", metavar="CODE", help="Anomaly type code, of that category.")
    ] = None,
    quantity: Annotated[float | None, typer.Option(metavar="N", help="Packages affected.")] = None,
    balance: Annotated[float | None, typer.Option(metavar="N", help="Packages left in good order.")] = None,
    date: Annotated[
        str | None, typer.Option(metavar="DATETIME", help="When it was found, ISO 8601 (e.g. 2026-11-26T08:30:00Z).")
    ] = None,
    observation: Annotated[str | None, typer.Option(metavar="TEXT", help="Free text.")] = None,
    file: FileOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """Record an anomaly on a shipment, from --file, options, or both (options win).

    The fields the API requires are listed below.

    Examples:

    \b
        onerecord anomalies create --shipment "$ID" \\
            --category DAMAGE --type DAMAGE_WET --quantity 1 --balance 2 \\
            --date 2026-11-26T08:30:00Z --observation "box 2 wet"
    """
    if date is not None:
        try:
            coerce("datetime", date)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="'--date'") from None
    options = {
        "shipment": check_id(shipment, "--shipment") if shipment else None,
        "category": category,
        "type": type_,
        "quantity": quantity,
        "balance": balance,
        "date": date,
        "observation": observation,
    }
    origins: dict[str, str] = {}
    body = assemble_body(file, options, None, _schema.body_fields(CREATE), complete=True, origins=origins)
    state = current(ctx)
    client = state.client()
    with rejected_as(used_options(file, options, None), origins):
        anomaly = client.shipment_anomalies.create(body)
    show(state, anomaly, format, _schema.columns(ITEM))
