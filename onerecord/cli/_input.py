"""Building request bodies from ``--file``, dedicated options and ``--set FIELD=VALUE``, and checking ids.

Later sources win: the file is the base, named options override it, ``--set`` overrides both. Everything is keyed by
API name (``customerReference``) so the facade gets one spelling per field. Problems are ``typer.BadParameter``
errors naming the option, raised before any request.
"""

from __future__ import annotations

import contextlib
import json
import sys
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path

import typer

from ._fields import Kind, to_api_name
from ._values import parse_assignments


def read_json_file(path: Path) -> dict[str, object]:
    """The JSON object in ``path`` (``-`` reads stdin)."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint="'--file'") from None
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise typer.BadParameter(f"{path} is not valid JSON: {exc}", param_hint="'--file'") from None
    if not isinstance(document, dict):
        raise typer.BadParameter(f"{path} must hold a JSON object", param_hint="'--file'")
    return {to_api_name(str(key)): value for key, value in document.items()}


def assemble_body(
    file: Path | None,
    options: Mapping[str, object | None],
    assignments: list[str] | None,
    fields: dict[str, Kind],
) -> dict[str, object]:
    """Merge the three sources; ``options`` maps API names to values, ``None`` meaning "not given"."""
    body: dict[str, object] = read_json_file(file) if file is not None else {}
    body.update({name: value for name, value in options.items() if value is not None})
    try:
        body.update(parse_assignments(assignments or [], fields))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--set'") from None
    return body


def check_id(value: str, what: str = "ID") -> str:
    """Ids are UUIDs: a typo is a usage error here, not a round trip and a 404."""
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a UUID", param_hint=f"'{what}'") from None


@contextlib.contextmanager
def rejected_as(option: str) -> Iterator[None]:
    """The facade checks bodies before sending them; its ``ValueError``/``TypeError`` become usage errors here."""
    try:
        yield
    except (ValueError, TypeError) as exc:
        raise typer.BadParameter(str(exc), param_hint=f"'{option}'") from None
