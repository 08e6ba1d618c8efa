"""Help sections read from the API description when a command's ``--help`` is shown, not when the CLI starts.

A command built with ``cls=spec_command(describe)`` appends ``describe()`` after its help: the fields ``--set``
accepts, the filters, sorts and groups of a listing. They come from the generated package (``_schema``), so a field
added to the spec shows up here after ``make generate``, and ``onerecord --help`` never imports the generated code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from typer.core import TyperCommand

from .. import _schema


class SpecCommand(TyperCommand):
    """A command whose help ends with sections computed on demand."""

    describe: ClassVar[Callable[[], str] | None] = None

    def format_epilog(self, ctx: Any, formatter: Any) -> None:  # click's types: typer may carry its own click
        super().format_epilog(ctx, formatter)
        describe = type(self).describe
        if describe is None:
            return
        for block in describe().split("\n\n"):
            title, _, body = block.partition("\n")
            with formatter.section(title):
                formatter.write_text("\b\n" + body)  # \b: click keeps these lines as they are


def spec_command(describe: Callable[[], str]) -> type[SpecCommand]:
    """A ``SpecCommand`` class whose extra help is ``describe()``."""
    attributes: dict[str, Any] = {"describe": staticmethod(describe)}
    return type("SpecCommand", (SpecCommand,), attributes)


def query_help(operation: str, item_model: str) -> str:
    """Filters (with their operators), sorts and groups of a read operation."""
    spec = _schema.query(operation, item_model)
    blocks = []
    if spec.filters:
        lines = [f"{name}: {' '.join(field.operators)}{_kind_note(field.kind)}" for name, field in spec.filters.items()]
        blocks.append("Filters (--filter FIELD:OP:VALUE)\n" + "\n".join(lines))
    if spec.sorts:
        blocks.append("Sort keys (--sort [-]FIELD)\n" + _wrap(spec.sorts))
    if spec.groups:
        blocks.append("Groups (--group NAME)\n" + _wrap(spec.groups))
    return "\n\n".join(blocks)


def body_help(model: str) -> str:
    """The fields of a request body, their kinds, and which are required."""
    lines = []
    for field in _schema.body_fields(model).values():
        kind = "one of " + ", ".join(field.choices) if field.kind == "enum" else field.kind
        notes = [kind] + (["required"] if field.required else []) + (["may be null"] if field.nullable else [])
        lines.append(f"{field.api}: {', '.join(notes)}")
    return "Fields of the request body (FIELD=VALUE)\n" + "\n".join(lines)


def _kind_note(kind: str) -> str:
    return "" if kind == "string" else f" ({kind})"


def _wrap(names: tuple[str, ...], width: int = 76) -> str:
    lines, line = [], ""
    for name in names:
        if line and len(line) + len(name) + 2 > width:
            lines.append(line + ",")
            line = name
        else:
            line = f"{line}, {name}" if line else name
    return "\n".join([*lines, line])
