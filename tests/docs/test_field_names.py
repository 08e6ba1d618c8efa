"""Every field, group and filter name that the docs, examples and facade spell out exists in the spec.

After a property is renamed in ``openapi/one-record.yaml``, this is the failure that says what to edit: one line per
stale use, ``file:line``, the name, and the spec's closest names. It reads the Python code of ``README.md`` (its
fenced blocks), ``examples/``, ``bench/`` and the handwritten ``onerecord`` package, and checks what they pass as
keyword fields of ``create``/``update``, the keys of ``filters=``/``sort=`` dict literals and the names in
``groups=`` list literals. (Typed keyword arguments make ``make typecheck`` fail too, for the examples; this test
also covers the README and names every file at once.)
"""

from __future__ import annotations

import ast
import difflib
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "facade"))  # importlib mode: the spec helpers

from spec_tables import ROOT, facade_operations, load_spec, resolve, snake

BODY_CALLS = {"create", "update"}
RESOURCES = {op.resource for op in facade_operations(load_spec())}  # client.shipments, client.shipment_services, ...
FENCE = re.compile(r"^([ \t]*)```python[ \t]*\n(.*?)^\1```[ \t]*$", re.DOTALL | re.MULTILINE)


def known_names(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(field names in both spellings, group names) of the spec."""
    fields: set[str] = set()
    for schema in spec["components"]["schemas"].values():
        for name in schema.get("properties", {}):
            fields |= {name, snake(name), snake(name) + "_"}  # ``type`` is ``type_`` in the generated models
    groups: set[str] = set()
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                parameter = resolve(spec, parameter)
                if parameter.get("name") == "groups[]":
                    groups |= set(resolve(spec, parameter["schema"]["items"]).get("enum", []))
    for match in (m for p in _all_parameters(spec) if (m := re.fullmatch(r"(?:filter|sort)\[([^]]+)\].*", p))):
        fields |= {match.group(1), snake(match.group(1))}
    return fields, groups


def _all_parameters(spec: dict[str, Any]) -> Iterator[str]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                for parameter in operation.get("parameters", []):
                    yield resolve(spec, parameter)["name"]


def sources() -> Iterator[tuple[str, int, str]]:
    """(file label, line offset, Python code) of everything scanned."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for fence in FENCE.finditer(readme):
        yield "README.md", readme.count("\n", 0, fence.start()) + 1, textwrap.dedent(fence.group(2))
    for folder in ("examples", "bench", "onerecord"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield str(path.relative_to(ROOT)), 0, path.read_text(encoding="utf-8")


def _string_keys(node: ast.AST) -> Iterator[tuple[int, str]]:
    if isinstance(node, ast.Dict):
        for key in node.keys:
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                yield key.lineno, key.value


def stale_uses(label: str, offset: int, code: str, fields: set[str], groups: set[str]) -> Iterator[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return  # README sketches with placeholders: compiled by tests/docs/test_readme.py, not ours to judge
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        found: list[tuple[int, str, str]] = []
        if isinstance(node.func, ast.Attribute) and node.func.attr in BODY_CALLS and _on_a_resource(node.func.value):
            found += [(node.lineno, k.arg, f"{node.func.attr}() field") for k in node.keywords if k.arg]
        for keyword in node.keywords:
            if keyword.arg in ("filters", "sort"):
                found += [(line, key, f"{keyword.arg} field") for line, key in _string_keys(keyword.value)]
            if keyword.arg == "groups" and isinstance(keyword.value, ast.List | ast.Tuple):
                for item in keyword.value.elts:
                    if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value not in groups:
                        hint = _close(item.value, groups)
                        yield f"{label}:{offset + item.lineno}: group {item.value!r} is not in the spec{hint}"
        for line, name, what in found:
            if name not in fields:
                yield f"{label}:{offset + line}: {what} {name!r} is not in the spec{_close(name, fields)}"


def _on_a_resource(receiver: ast.expr) -> bool:
    name = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", None)
    return name in RESOURCES


def _close(name: str, known: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
    return f" (closest: {', '.join(close)})" if close else ""


def all_stale_uses(spec: dict[str, Any]) -> list[str]:
    fields, groups = known_names(spec)
    return [problem for source in sources() for problem in stale_uses(*source, fields, groups)]


def test_every_field_group_and_filter_named_in_docs_examples_and_facade_is_in_the_spec() -> None:
    problems = all_stale_uses(load_spec())
    assert not problems, "names the spec no longer has; edit these places:\n" + "\n".join(problems)


def test_the_check_sees_the_uses_it_claims_to_see() -> None:
    """Without this, a scanner that finds nothing would pass the test above forever."""
    fields, groups = known_names(load_spec())
    uses = [use for source in sources() for use in stale_uses(*source, set(), set())]
    assert any(use.startswith("README.md:") and "create() field" in use for use in uses)
    assert any(use.startswith("examples/") and "filters field" in use for use in uses)
    assert any("group" in use for use in uses)
    assert {"customer_reference", "customerReference", "events"} <= fields | groups


def test_a_renamed_property_names_each_file_and_line_to_edit() -> None:
    spec = load_spec()
    for schema in spec["components"]["schemas"].values():
        properties = schema.get("properties", {})
        if "customerReference" in properties:
            properties["clientReference"] = properties.pop("customerReference")
    for name, parameter in list(spec["components"]["parameters"].items()):
        if "customerReference" in parameter.get("name", ""):
            parameter["name"] = parameter["name"].replace("customerReference", "clientReference")
            spec["components"]["parameters"][name] = parameter
    problems = all_stale_uses(spec)
    assert problems, "renaming customerReference in the spec should leave stale uses to report"
    assert all(re.match(r"[\w./-]+:\d+: .*'customer_?[rR]eference' is not in the spec", p) for p in problems), problems
    assert any(p.startswith("README.md:") for p in problems)
    assert all(re.search(r"\(closest: .*client_?[rR]eference", p) for p in problems), problems


@pytest.mark.parametrize("code", ["client.shipments.update(SID, departur='CDG')"])
def test_a_misspelt_keyword_is_reported_with_its_line(code: str) -> None:
    fields, groups = known_names(load_spec())
    (problem,) = stale_uses("snippet.py", 10, "\n" + code, fields, groups)  # line 2 of the code, 10 lines down
    assert problem.startswith("snippet.py:12: update() field 'departur' is not in the spec (closest: departure")
