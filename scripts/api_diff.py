#!/usr/bin/env python3
"""What changed in the API between two versions of ``openapi/one-record.yaml``, each change classed additive/breaking.

``make generate`` ends with this against the last committed spec (``HEAD``); ``make api-diff BASE=<rev>`` compares any
revision with the working tree. README's Versioning section says which release each class implies.

No maintained OpenAPI differ fits the toolchain (the well-known ones are Java or Go programs, or unmaintained Python
ports), and the questions asked here are few, so this is a small differ over the parsed YAML. It compares:

- operations (method + path): added (additive), removed (breaking), operationId changed (breaking: the generated
  function is renamed), a parameter added (additive if optional, breaking if required), removed, retyped or made
  required (breaking);
- fields of every object schema: added (additive; breaking when required in a request body), removed (breaking),
  type/format/nullable/required changed (breaking). A removed and an added field of the same type in one schema are
  reported as a probable rename;
- enum values of every schema and property: added (additive), removed (breaking).

Usage: ``api_diff.py --base <git rev> [--head <git rev>]`` (default head: the working tree), or
``api_diff.py OLD.yaml NEW.yaml``. Exit status 0; ``--fail-on-breaking`` makes it 1 when a change is breaking.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from generate_facade import resolve  # scripts/ is on sys.path when a script here runs

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/one-record.yaml"
METHODS = ("get", "post", "put", "patch", "delete")
ADDITIVE, BREAKING = "additive", "breaking"


@dataclass(frozen=True, order=True)
class Change:
    kind: str  # "operation", "parameter", "field", "enum value"
    what: str  # "added", "removed", "changed"
    where: str
    klass: str
    detail: str = ""

    def line(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"  {self.klass:<9} {self.kind} {self.what}: {self.where}{detail}"


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = dict(item[method])
                params = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
                op["_params"] = {f"{p['in']} {p['name']}": p for p in params}
                found[f"{method.upper()} {path}"] = op
    return found


def _request_schemas(spec: dict[str, Any]) -> set[str]:
    names = set()
    for op in _operations(spec).values():
        for media in op.get("requestBody", {}).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            if ref:
                names.add(ref.rsplit("/", 1)[-1])
    return names


def _describe(spec: dict[str, Any], schema: Any) -> str:
    if isinstance(schema, dict) and "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    schema = schema or {}
    if "anyOf" in schema or "oneOf" in schema:
        parts = [_describe(spec, s) for s in schema.get("anyOf", schema.get("oneOf", []))]
        return " | ".join(parts)
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = " | ".join(kind)
    if kind == "array":
        kind = f"array of {_describe(spec, schema.get('items'))}"
    fmt = f" ({schema['format']})" if "format" in schema else ""
    nullable = " | null" if schema.get("nullable") else ""
    return f"{kind}{fmt}{nullable}"


def _enums(spec: dict[str, Any]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if "enum" in schema:
            found[name] = schema["enum"]
        for prop, sub in schema.get("properties", {}).items():
            for candidate in (sub, sub.get("items", {})):
                if isinstance(candidate, dict) and "enum" in candidate:
                    found[f"{name}.{prop}"] = candidate["enum"]
    return found


def _diff_operations(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes = []
    before, after = _operations(old), _operations(new)
    for key in sorted(after.keys() - before.keys()):
        changes.append(Change("operation", "added", key, ADDITIVE, after[key].get("operationId", "")))
    for key in sorted(before.keys() - after.keys()):
        changes.append(Change("operation", "removed", key, BREAKING, before[key].get("operationId", "")))
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        if a.get("operationId") != b.get("operationId"):
            changes.append(
                Change(
                    "operation",
                    "changed",
                    key,
                    BREAKING,
                    f"operationId {a.get('operationId')} → {b.get('operationId')}",
                )
            )
        for param in sorted(b["_params"].keys() - a["_params"].keys()):
            required = b["_params"][param].get("required", False)
            changes.append(
                Change(
                    "parameter", "added", f"{key} {param}", BREAKING if required else ADDITIVE, "required" * required
                )
            )
        for param in sorted(a["_params"].keys() - b["_params"].keys()):
            changes.append(Change("parameter", "removed", f"{key} {param}", BREAKING))
        for param in sorted(a["_params"].keys() & b["_params"].keys()):
            was, now = a["_params"][param], b["_params"][param]
            schema_was, schema_now = _describe(old, was.get("schema")), _describe(new, now.get("schema"))
            if schema_was != schema_now:
                changes.append(
                    Change("parameter", "changed", f"{key} {param}", BREAKING, f"{schema_was} → {schema_now}")
                )
            if not was.get("required", False) and now.get("required", False):
                changes.append(Change("parameter", "changed", f"{key} {param}", BREAKING, "now required"))
    return changes


def _diff_fields(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes = []
    requests = _request_schemas(new)
    schemas_old = old.get("components", {}).get("schemas", {})
    schemas_new = new.get("components", {}).get("schemas", {})
    for name in sorted(schemas_old.keys() | schemas_new.keys()):
        a, b = schemas_old.get(name, {}), schemas_new.get(name, {})
        props_a, props_b = a.get("properties", {}), b.get("properties", {})
        req_a, req_b = set(a.get("required", [])), set(b.get("required", []))
        added, removed = sorted(props_b.keys() - props_a.keys()), sorted(props_a.keys() - props_b.keys())
        for prop in added:
            required = prop in req_b
            klass = BREAKING if required and name in requests else ADDITIVE
            detail = f"{_describe(new, props_b[prop])}, {'required' if required else 'optional'}"
            rename = [r for r in removed if _describe(old, props_a[r]) == _describe(new, props_b[prop])]
            if rename:
                detail += f"; renamed from {' or '.join(rename)}?"
            changes.append(Change("field", "added", f"{name}.{prop}", klass, detail))
        for prop in removed:
            changes.append(Change("field", "removed", f"{name}.{prop}", BREAKING, _describe(old, props_a[prop])))
        for prop in sorted(props_a.keys() & props_b.keys()):
            was, now = _describe(old, props_a[prop]), _describe(new, props_b[prop])
            if was != now:
                changes.append(Change("field", "changed", f"{name}.{prop}", BREAKING, f"{was} → {now}"))
            if (prop in req_a) != (prop in req_b):
                detail = "now required" if prop in req_b else "now optional"
                changes.append(Change("field", "changed", f"{name}.{prop}", BREAKING, detail))
    return changes


def _diff_enums(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes = []
    before, after = _enums(old), _enums(new)
    for name in sorted(before.keys() | after.keys()):
        a, b = before.get(name, []), after.get(name, [])
        changes += [Change("enum value", "added", f"{name} {v!r}", ADDITIVE) for v in b if v not in a]
        changes += [Change("enum value", "removed", f"{name} {v!r}", BREAKING) for v in a if v not in b]
    return changes


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, operations first, then fields, then enum values."""
    return _diff_operations(old, new) + _diff_fields(old, new) + _diff_enums(old, new)


def report(changes: list[Change], label: str) -> str:
    if not changes:
        return f"API changes {label}: none"
    breaking = sum(change.klass == BREAKING for change in changes)
    bump = "major (minor before 1.0)" if breaking else "minor (patch before 1.0)"
    lines = [f"API changes {label}:", *(change.line() for change in changes)]
    lines.append(f"{len(changes) - breaking} additive, {breaking} breaking: the next release is a {bump} one")
    return "\n".join(lines)


def spec_at(rev: str | None) -> dict[str, Any]:
    """The spec at a git revision, or in the working tree when ``rev`` is None."""
    if rev is None:
        text = (ROOT / SPEC).read_text(encoding="utf-8")
    else:
        shown = subprocess.run(["git", "show", f"{rev}:{SPEC}"], capture_output=True, text=True, cwd=ROOT)
        if shown.returncode != 0:
            raise SystemExit(f"api-diff: cannot read {SPEC} at {rev!r}: {shown.stderr.strip()}")
        text = shown.stdout
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path, help="OLD.yaml NEW.yaml (instead of --base/--head)")
    parser.add_argument("--base", default="HEAD", help="git revision of the old spec (default HEAD)")
    parser.add_argument("--head", default=None, help="git revision of the new spec (default: the working tree)")
    parser.add_argument("--fail-on-breaking", action="store_true")
    args = parser.parse_args(argv)
    if args.files:
        if len(args.files) != 2:
            parser.error("give two files, OLD.yaml NEW.yaml")
        old, new = (yaml.safe_load(path.read_text(encoding="utf-8")) for path in args.files)
        label = f"from {args.files[0]} to {args.files[1]}"
    else:
        old, new = spec_at(args.base), spec_at(args.head)
        label = f"from {args.base} to {args.head or 'the working tree'} ({SPEC})"
    changes = diff(old, new)
    print(report(changes, label))
    return 1 if args.fail_on_breaking and any(c.klass == BREAKING for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
