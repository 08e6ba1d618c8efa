"""The root ``onerecord`` command: connection options shared by every command, and the command tree.

Help is click's plain formatter (``rich_markup_mode=None``): rendering it through rich costs more than the rest of
``onerecord --help`` together. Command modules import typer and the CLI's light modules only; the facade, httpx and
the generated package are imported by the commands that talk to the API, when they run.
"""

from __future__ import annotations

from typing import Annotated

import typer

from .._version import __version__
from ._context import CliState, Hooks
from ._group import OneRecordGroup

HELP = """Work with the One Record API (air-cargo shipments) from a terminal.

The base URL and credentials come from one place: the ONERECORD_BASE_URL, ONERECORD_CLIENT_ID and
ONERECORD_CLIENT_SECRET environment variables, or one profile of the config file ($ONERECORD_CONFIG, or
$XDG_CONFIG_HOME/onerecord/config.toml, by default ~/.config/onerecord/config.toml; chosen with --profile or
ONERECORD_PROFILE, else default_profile, else [profiles.default]). Options given below complete or override that
place. A chosen profile with ONERECORD_* variables set, or variables completed by the default profile, is refused
rather than mixed. The config file must be writable by you only, and readable by you only if it holds a
client_secret:

\b
    # chmod 600 ~/.config/onerecord/config.toml
    default_profile = "sandbox"
    [profiles.sandbox]
    base_url = "http://127.0.0.1:8000"
    client_id = "demo-forwarder"
    client_secret = "demo-forwarder-secret"

Exit codes: 0 ok, 1 unexpected error or a declined confirmation, 2 usage or configuration error, 3 API error (the
server said no), 4 network error (no answer), 130 interrupted, 141 output closed early (| head).

Examples:

\b
    onerecord --profile sandbox auth check
    onerecord shipments list --filter quantityReal:gt:10 --max-items 20
    onerecord export shipments --out shipments.jsonl --resume
"""

app = typer.Typer(
    name="onerecord",
    cls=OneRecordGroup,
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# The commands themselves are loaded by OneRecordGroup when one runs (onerecord.cli.commands.COMMANDS).


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"onerecord {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", metavar="NAME", help="Profile of the config file to use.", show_default=False),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(metavar="URL", help="API base URL. Default: https://api.one-record.fr.", show_default=False),
    ] = None,
    client_id: Annotated[str | None, typer.Option(metavar="ID", help="OAuth client id.", show_default=False)] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(
            metavar="SECRET",
            help="OAuth client secret. Prefer ONERECORD_CLIENT_SECRET or a profile: other users of this machine can "
            "read command lines.",
            show_default=False,
        ),
    ] = None,
    shared_state: Annotated[
        str | None,
        typer.Option(
            "--shared-state",
            metavar="STATE",
            help="Share pacing and token state with other processes (the client's shared_state option; also "
            "ONERECORD_SHARED_STATE or the profile's shared_state).",
            show_default=False,
        ),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="On error, show the traceback; always show the HTTP exchange (secrets masked)."),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    hooks = ctx.obj if isinstance(ctx.obj, Hooks) else Hooks()
    flags = {
        "base_url": base_url,
        "client_id": client_id,
        "client_secret": client_secret,
        "shared_state": shared_state,
    }
    ctx.obj = CliState(flags=flags, profile=profile, debug=debug, hooks=hooks)
