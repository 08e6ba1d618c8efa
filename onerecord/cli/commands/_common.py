"""Small helpers shared by command modules."""

from __future__ import annotations

import sys

import typer

from .._errors import UsageProblem


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
