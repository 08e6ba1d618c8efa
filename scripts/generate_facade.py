#!/usr/bin/env python3
"""Write the facade's spec-derived modules: ``onerecord/_kwargs.py`` and ``onerecord/_spec_facts.py``.

Run by ``make generate`` after the low-level package is generated, and by ``make check-generated`` into a temporary
folder to prove the committed files are what the spec produces. Why generated and not read at import: the keyword
arguments of ``create``/``update`` must be visible to mypy and pyright, which read source, not runtime tables.

- ``_kwargs.py``: one ``TypedDict`` per JSON request body of the spec (``ShipmentCreateFields``, ...), keyed by the
  generated models' attribute names, typed with what the facade accepts at run time (a UUID or its text, an enum
  member or its value, ...). ``Required`` marks what a POST body must carry; PUT/PATCH bodies are partial.
- ``_spec_facts.py``: each operation's method and path, and the query syntax the spec describes: filter operators,
  sort directions, page size bounds.

Usage: ``generate_facade.py [--spec openapi/one-record.yaml] [--package generated] [--out onerecord]``; the generated
package is imported from ``--package`` (its parent folder), never from an installed copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import importlib
import re
import subprocess
import sys
import types
import typing
import uuid
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BODY_METHODS = ("post", "put", "patch")
HEADER = (
    '"""{doc}\n\n'
    'Generated from openapi/one-record.yaml by scripts/generate_facade.py (``make generate``); do not edit.\n"""\n'
)


def load_spec(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(path.read_text())
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                found.append((method, path, operation))
    return found


def body_schemas(spec: dict[str, Any]) -> dict[str, bool]:
    """JSON request-body schema name → whether its required fields are required (POST) or it is partial."""
    bodies: dict[str, bool] = {}
    for method, _path, operation in operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        ref = content.get("application/json", {}).get("schema", {}).get("$ref")
        if ref and method in BODY_METHODS:
            bodies[ref.rsplit("/", 1)[-1]] = method == "post"
    return dict(sorted(bodies.items()))


def all_parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    params = []
    for item in spec["paths"].values():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                params += [resolve(spec, p) for p in [*shared, *operation.get("parameters", [])]]
    return params


def _set(values: list[str]) -> str:
    """A set literal in sorted order: ``repr(set)`` would change from run to run (string hashing is salted)."""
    return "{" + ", ".join(repr(value) for value in sorted(values)) + "}"


def spec_facts(spec: dict[str, Any]) -> str:
    params = all_parameters(spec)
    operators = sorted({m.group(1) for p in params if (m := re.fullmatch(r"filter\[[^]]+\]\[([^]]+)\]", p["name"]))})
    directions = sorted(
        {value for p in params if p["name"].startswith("sort[") for value in resolve(spec, p["schema"]).get("enum", [])}
    )
    limit = next(resolve(spec, p["schema"]) for p in params if p["name"] == "page[limit]")
    routes = "".join(
        f"    {op['operationId']!r}: ({method.upper()!r}, {path!r}),\n" for method, path, op in operations(spec)
    )
    high = limit.get("maximum", limit.get("x-server-maximum"))
    return (
        HEADER.format(doc="The spec's routes (for the resources) and query syntax (for the query encoder, ``_query``).")
        + "\nfrom __future__ import annotations\n\n"
        + '__all__ = ["FILTER_OPERATORS", "PAGE_LIMIT_MAX", "PAGE_LIMIT_MIN", "ROUTES", "SORT_DIRECTIONS"]\n\n'
        + "# operationId → (HTTP method, path template): where the resources send each operation\n"
        + f"ROUTES: dict[str, tuple[str, str]] = {{\n{routes}}}\n"
        + "# every operator of a filter[<field>][<operator>] parameter of any operation\n"
        + f"FILTER_OPERATORS = frozenset({_set(operators)})\n"
        + "# the values of the sort[<field>] parameters' schema\n"
        + f"SORT_DIRECTIONS = frozenset({_set(directions)})\n"
        + "# page[limit]: minimum, and maximum (or the x-server-maximum the server clamps to; None: neither)\n"
        + f"PAGE_LIMIT_MIN = {limit.get('minimum', 1)!r}\n"
        + f"PAGE_LIMIT_MAX: int | None = {high!r}\n"
    )


class Imports:
    def __init__(self) -> None:
        self.models: set[str] = set()
        self.typing: set[str] = {"TypedDict"}
        self.abc: set[str] = set()
        self.other: set[str] = set()


def _flatten(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [arg for part in typing.get_args(hint) for arg in _flatten(part)]
    return [hint]


def annotation(tp: Any, imports: Imports) -> str:
    """What the facade accepts for one part of a generated hint (see ``onerecord._fields.check_value``)."""
    origin = typing.get_origin(tp)
    if origin is list:
        imports.abc.add("Sequence")
        return f"Sequence[{annotation(typing.get_args(tp)[0], imports)}]"
    if tp in (str, bool, int, float):
        return str(tp.__name__)
    if tp is uuid.UUID:
        imports.other.add("from uuid import UUID")
        return "UUID | str"
    if tp is dt.datetime:
        imports.other.add("import datetime as dt")
        return "dt.datetime | str"
    if tp is dt.date:
        imports.other.add("import datetime as dt")
        return "dt.date | str"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        imports.models.add(tp.__name__)
        imports.typing.add("Literal")
        return f"{tp.__name__} | Literal[{', '.join(repr(member.value) for member in tp)}]"
    if isinstance(tp, type) and hasattr(tp, "__attrs_attrs__"):
        imports.models.add(tp.__name__)
        imports.abc.add("Mapping")
        imports.typing.add("Any")
        return f"{tp.__name__} | Mapping[str, Any]"
    imports.typing.add("Any")
    return "Any"


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _is_date_text(schema: dict[str, Any]) -> bool:
    """A string the spec describes as a date or date-time without ``format`` (the facade accepts a datetime there)."""
    branches = [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if any(branch.get("format") in ("date", "date-time") for branch in branches):
        return True
    examples = [*schema.get("examples", []), *([schema["example"]] if "example" in schema else [])]
    for example in examples:
        try:
            dt.datetime.fromisoformat(str(example).replace("Z", "+00:00"))
            return True
        except ValueError:
            pass
    return "ISO 8601" in schema.get("description", "")


def typed_dict(name: str, model: type[Any], enforce_required: bool, imports: Imports, schema: dict[str, Any]) -> str:
    import attrs

    properties = {_snake(wire): prop for wire, prop in schema.get("properties", {}).items()}
    hints = typing.get_type_hints(model, localns=vars(importlib.import_module("onerecord_api.models")))
    lines = [f"class {name}Fields(TypedDict, total=False):"]
    kind = "required ones marked Required" if enforce_required else "all optional, at least one given"
    lines.append(f'    """Keyword fields of a {name} body ({kind})."""\n')
    for field in attrs.fields(model):
        if not field.init:
            continue
        parts = _flatten(hints.get(field.name, Any))
        unset = [p for p in parts if getattr(p, "__name__", "") == "Unset"]
        accepted = [p for p in parts if p is not type(None) and p not in unset]
        text = " | ".join(dict.fromkeys(annotation(p, imports) for p in accepted)) or "Any"
        if accepted == [str] and _is_date_text(properties.get(field.name.rstrip("_"), {})):
            imports.other.add("import datetime as dt")
            text = "str | dt.datetime"  # sent as UTC ISO 8601, as for the date-time fields
        if type(None) in parts:
            text += " | None"
        if enforce_required and field.default is attrs.NOTHING:
            imports.typing.add("Required")
            text = f"Required[{text}]"
        lines.append(f"    {field.name}: {text}")
    return "\n".join(lines) + "\n"


def kwargs_module(spec: dict[str, Any]) -> str:
    models = importlib.import_module("onerecord_api.models")
    imports = Imports()
    schemas = spec["components"]["schemas"]
    bodies = [
        typed_dict(name, getattr(models, name), post, imports, schemas[name])
        for name, post in body_schemas(spec).items()
    ]
    names = [f"{name}Fields" for name in body_schemas(spec)]
    head = [
        HEADER.format(doc="Typed keyword fields of create/update calls: one TypedDict per JSON request body."),
        "from __future__ import annotations\n",
    ]
    imports_text = sorted(imports.other)
    if imports.abc:
        imports_text.append(f"from collections.abc import {', '.join(sorted(imports.abc))}")
    imports_text.append(f"from typing import {', '.join(sorted(imports.typing))}\n")
    if imports.models:
        imports_text.append(f"from onerecord_api.models import {', '.join(sorted(imports.models))}\n")
    all_text = "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]\n"
    return "\n".join([*head, *imports_text, all_text, *bodies])


def formatted(source: str, name: str) -> str:
    ruff = [sys.executable, "-m", "ruff"]
    fixed = subprocess.run(
        [*ruff, "check", "--fix", "--quiet", "--stdin-filename", name, "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return subprocess.run(
        [*ruff, "format", "--stdin-filename", name, "-"],
        input=fixed,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi/one-record.yaml")
    parser.add_argument("--package", type=Path, default=ROOT / "generated", help="folder holding onerecord_api/")
    parser.add_argument("--out", type=Path, default=ROOT / "onerecord")
    args = parser.parse_args()
    sys.path.insert(0, str(args.package.resolve()))
    spec = load_spec(args.spec)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in (("_kwargs.py", kwargs_module(spec)), ("_spec_facts.py", spec_facts(spec))):
        (args.out / name).write_text(formatted(text, f"onerecord/{name}"))


if __name__ == "__main__":
    main()
