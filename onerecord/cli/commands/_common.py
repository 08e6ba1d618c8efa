"""Small helpers shared by command modules."""

from __future__ import annotations

import sys

import typer


def confirm_or_refuse(question: str, yes: bool) -> None:
    """Ask before a destructive action; without a terminal to ask on, require ``--yes`` rather than guess."""
    if yes:
        return
    if not stdin_is_tty():
        raise typer.BadParameter(
            f"{question} Refusing to proceed without confirmation: add --yes", param_hint="'--yes'"
        )
    if not typer.confirm(question, default=False):
        typer.echo("cancelled: nothing was changed", err=True)
        raise typer.Exit(1)


def stdin_is_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
