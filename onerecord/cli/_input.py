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
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import typer

from ._errors import UsageProblem
from ._schema import BodyField, option_name, to_api_name
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
    fields: Mapping[str, BodyField],
    *,
    complete: bool = False,
    spelled: Mapping[str, str] | None = None,
    origins: dict[str, str] | None = None,
) -> dict[str, object]:
    """Merge the three sources; ``options`` maps API names to values, ``None`` meaning "not given".

    With ``complete`` (a create), every field the request model requires must be there: a missing one is named by
    the option that gives it (``--departure-country``), or ``--set name=VALUE`` when it has no option of its own.
    ``spelled`` gives the option of a field whose option is not its name in kebab case (``isDone``: ``--done``).
    ``origins``, when given, is filled with the option each field came from, for ``rejected_as``.
    """
    body: dict[str, object] = read_json_file(file) if file is not None else {}
    found = dict.fromkeys(body, "--file")
    given = {name: value for name, value in options.items() if value is not None}
    body.update(given)
    found.update({name: _option(name, spelled) for name in given})
    try:
        assigned = parse_assignments(assignments or [], fields)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--set'") from None
    body.update(assigned)
    found.update(dict.fromkeys(assigned, "--set"))
    if origins is not None:
        origins.update(found)
    if complete:
        missing = [field for field in fields.values() if field.required and field.api not in body]
        if missing:
            wanted = [_option(f.api, spelled) if f.api in options else f"--set {f.api}=VALUE" for f in missing]
            raise UsageProblem(f"missing required field(s): give {', '.join(wanted)}")
    return body


def used_options(
    file: Path | None,
    options: Mapping[str, object | None],
    assignments: Sequence[str] | None,
    spelled: Mapping[str, str] | None = None,
) -> str:
    """The options this invocation used to build a body, for an error about it: ``--departure/--set``."""
    used = [_option(name, spelled) for name, value in options.items() if value is not None]
    used += ["--set"] if assignments else []
    used += ["--file"] if file is not None else []
    return "/".join(used) or "the options"


def _option(api_name: str, spelled: Mapping[str, str] | None) -> str:
    return (spelled or {}).get(api_name) or option_name(api_name)


def check_id(value: str, what: str = "ID") -> str:
    """Ids are UUIDs: a typo is a usage error here, not a round trip and a 404."""
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a UUID", param_hint=f"'{what}'") from None


@contextlib.contextmanager
def rejected_as(option: str, origins: Mapping[str, str] | None = None) -> Iterator[None]:
    """The facade checks bodies before sending them; its ``ValueError``/``TypeError`` become usage errors here.

    The facade's message starts with the field's name; ``origins`` (from ``assemble_body``) turns that into the
    option the user gave it with, so the error names ``--order-reference`` rather than every option used.
    """
    try:
        yield
    except (ValueError, TypeError) as exc:
        field = str(exc).split(":", 1)[0].strip()
        hint = (origins or {}).get(field) or (origins or {}).get(to_api_name(field)) or option
        raise typer.BadParameter(str(exc), param_hint=f"'{hint}'") from None
