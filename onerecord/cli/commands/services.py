"""``onerecord services``: attach, change and remove the services (handling, storage, ...) of a shipment."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import _schema
from .._context import current
from .._input import assemble_body, check_id, rejected_as, used_options
from .._options import FileOpt, FormatOpt, YesOpt
from .._output import Format
from . import group
from ._common import delete_after_confirmation, show, update_and_show
from ._spec_help import body_help, spec_command

app = group("services")

ITEM, CREATE, UPDATE = "ShipmentService", "ShipmentServiceCreate", "ShipmentServiceUpdate"
SPELLED = {"isDone": "--done/--not-done"}  # the options whose name is not the field's

IdArg = Annotated[str, typer.Argument(metavar="ID", help="The service's id (a UUID).", show_default=False)]
SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="FIELD=VALUE",
        help="Set a field (listed below). Repeatable; FIELD=null clears a nullable field.",
        show_default=False,
    ),
]


@app.command("create", cls=spec_command(lambda: body_help(CREATE)))
def create_service(
    ctx: typer.Context,
    shipment: Annotated[str | None, typer.Option(metavar="ID", help="The shipment's id.", show_default=False)] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", metavar="TYPE_ID", help="The service type's id (a UUID).", show_default=False),
    ] = None,
    quantity: Annotated[float | None, typer.Option(metavar="N", help="How many (e.g. pallets, days).")] = None,
    done: Annotated[bool | None, typer.Option("--done/--not-done", help="Whether the service is already done.")] = None,
    file: FileOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """Attach a service to a shipment, while its latest event is ORDER to STORAGE.

    Examples:

    \b
        onerecord services create --shipment "$ID" --type "$TYPE_ID" \\
            --quantity 2 --not-done
    """
    options = {
        "shipment": check_id(shipment, "--shipment") if shipment else None,
        "type": check_id(type_, "--type") if type_ else None,
        "quantity": quantity,
        "isDone": done,
    }
    origins: dict[str, str] = {}
    fields = _schema.body_fields(CREATE)
    body = assemble_body(file, options, None, fields, complete=True, spelled=SPELLED, origins=origins)
    state = current(ctx)
    client = state.client()
    with rejected_as(used_options(file, options, None, SPELLED), origins):
        service = client.shipment_services.create(body)
    show(state, service, format, _schema.columns(ITEM))


@app.command("update", cls=spec_command(lambda: body_help(UPDATE)))
def update_service(
    ctx: typer.Context, service_id: IdArg, set_: SetOpt = None, file: FileOpt = None, format: FormatOpt = Format.table
) -> None:
    """Change some fields of a service; the others are left as they are.

    Example:

    \b
        onerecord services update "$SERVICE_ID" --set isDone=true
    """
    update_and_show(
        ctx,
        service_id,
        set_,
        file,
        fields=_schema.body_fields(UPDATE),
        update=lambda client, identifier, body: client.shipment_services.update(identifier, body),
        columns=_schema.columns(ITEM),
        fmt=format,
    )


@app.command("delete")
def delete_service(ctx: typer.Context, service_id: IdArg, yes: YesOpt = False) -> None:
    """Remove a service from its shipment (asks first unless --yes).

    Example:

    \b
        onerecord services delete "$SERVICE_ID" --yes
    """
    delete_after_confirmation(
        ctx, "service", service_id, yes, lambda client, identifier: client.shipment_services.delete(identifier)
    )
