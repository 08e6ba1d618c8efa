"""``onerecord sandbox``: start the local sandbox server (the same as ``onerecord-sandbox``)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import COMMANDS


class Seed(StrEnum):
    demo = "demo"
    empty = "empty"


app = typer.Typer(rich_markup_mode=None, add_completion=False)


@app.command("sandbox", short_help=COMMANDS["sandbox"][2])
def sandbox(
    host: Annotated[str, typer.Option("--host", metavar="HOST", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, metavar="PORT", help="Port to listen on (0 picks a free one).")
    ] = 8000,
    db: Annotated[
        Path | None, typer.Option(metavar="PATH", help="SQLite file to keep data across restarts. Default: in memory.")
    ] = None,
    seed: Annotated[Seed, typer.Option(help="Initial data: demo (shipments in every state) or empty.")] = Seed.demo,
    rate_limit: Annotated[float, typer.Option(metavar="N", help="Requests per second per client; 0 turns it off.")] = 5,
    token_ttl: Annotated[int, typer.Option(metavar="SECONDS", help="Lifetime of access tokens.")] = 1800,
    faults: Annotated[
        str | None,
        typer.Option(
            metavar="SPEC",
            help="Injected failures: KIND:RATE,... with KIND 500, 503, reset or slow (e.g. 500:0.05,reset:0.02).",
        ),
    ] = None,
) -> None:
    """Start a local One Record server with demo data and credentials, until Ctrl-C.

    It prints its base URL and the demo credentials (demo-forwarder / demo-forwarder-secret, ...), which only
    work against the sandbox. Needs the extra: pip install 'technema-onerecord[sandbox]'.

    Examples:

    \b
        onerecord sandbox --port 8000
        # then, in another terminal:
        export ONERECORD_BASE_URL=http://127.0.0.1:8000
        export ONERECORD_CLIENT_ID=demo-forwarder
        export ONERECORD_CLIENT_SECRET=demo-forwarder-secret
        onerecord shipments list --max-items 5
    """
    try:
        from ...sandbox.__main__ import main as sandbox_main
    except ImportError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    argv = ["--host", host, "--port", str(port), "--seed", seed.value, "--rate-limit", _number(rate_limit)]
    argv += ["--token-ttl", str(token_ttl)]
    if db is not None:
        argv += ["--db", str(db)]
    if faults:
        argv += ["--faults", faults]
    code = sandbox_main(argv)
    raise typer.Exit(int(code or 0))


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
