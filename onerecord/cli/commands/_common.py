"""What several command modules do the same way: confirm, show a record, update from --set/--file, delete."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import typer

from .._context import CliState, current
from .._errors import UsageProblem
from .._input import assemble_body, check_id, rejected_as
from .._output import Format, write_record

if TYPE_CHECKING:
    from ..._client import OneRecord
    from .._schema import BodyField


class Record(Protocol):
    """What the facade returns for one object: a model that turns into its API JSON."""

    def to_dict(self) -> dict[str, Any]: ...


def confirm_or_refuse(question: str, yes: bool) -> None:
    """Ask before a destructive action; without a terminal to ask on, require ``--yes`` rather than guess."""
    if yes:
        return
    if not stdin_is_tty():
        raise UsageProblem(f"{question} There is no terminal to ask on: add --yes to confirm")
    if not typer.confirm(question, default=False, err=True):
        typer.echo("cancelled: nothing was changed", err=True)
        raise typer.Exit(1)


def stdin_is_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def show(state: CliState, record: Record, fmt: Format, columns: Sequence[str]) -> None:
    """One object on stdout in the format asked for."""
    write_record(record.to_dict(), fmt, sys.stdout, state.stdout_style, columns=columns)


def update_and_show(
    ctx: typer.Context,
    raw_id: str,
    assignments: list[str] | None,
    file: Path | None,
    *,
    fields: Mapping[str, BodyField],
    update: Callable[[OneRecord, str, dict[str, object]], Record],
    columns: Sequence[str],
    fmt: Format,
) -> None:
    """``<group> update ID --set ... --file ...``: checked locally, only the fields given are sent."""
    identifier = check_id(raw_id)
    origins: dict[str, str] = {}
    body = assemble_body(file, {}, assignments, fields, origins=origins)
    if not body:
        raise UsageProblem("nothing to change: give --set FIELD=VALUE or --file")
    state = current(ctx)
    client = state.client()
    with rejected_as("/".join(name for name, used in (("--set", assignments), ("--file", file)) if used), origins):
        updated = update(client, identifier, body)
    show(state, updated, fmt, columns)


def delete_after_confirmation(
    ctx: typer.Context, noun: str, raw_id: str, yes: bool, delete: Callable[[OneRecord, str], None]
) -> None:
    """``<group> delete ID [--yes]``: a malformed id or a refusal stops before any request."""
    identifier = check_id(raw_id)
    confirm_or_refuse(f"Delete {noun} {identifier}?", yes)
    state = current(ctx)
    delete(state.client(), identifier)
    state.warn(f"deleted {noun} {identifier}")
