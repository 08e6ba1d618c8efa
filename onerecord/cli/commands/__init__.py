"""One module per command group, loaded only when that group runs or shows its help.

``COMMANDS`` is what the root command knows without importing any of them: the module that defines each top-level
command, and its one-line summary (used both by ``onerecord --help`` and by the group itself, so they cannot differ).
"""

from __future__ import annotations

from typing import Any

import typer

# name: (module in this package, attribute holding its typer.Typer, summary)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "auth": ("auth", "app", "Check the credentials the CLI would use."),
    "shipments": ("shipments", "app", "List, read, create, update and delete the shipments of your society."),
    "services": (
        "services",
        "app",
        "Attach, change and remove the services of a shipment (shippers and warehouses only).",
    ),
    "anomalies": ("anomalies", "app", "Record anomalies on shipments (warehouses only)."),
    "places": ("reference", "places", "Airports and other places."),
    "countries": ("reference", "countries", "Countries (ISO 3166-1)."),
    "export": ("export", "app", "Export listings to files, resumably."),
    "sandbox": ("sandbox", "app", "Start a local One Record server with demo data and credentials, until Ctrl-C."),
}


def group(name: str, **options: Any) -> typer.Typer:
    """The ``typer.Typer`` of a command group, with the summary from ``COMMANDS`` and plain (not rich) help."""
    return typer.Typer(
        name=name, help=COMMANDS[name][2], no_args_is_help=True, rich_markup_mode=None, add_completion=False, **options
    )
