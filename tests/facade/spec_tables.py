"""What the facade tests need to know about the API, read from ``openapi/one-record.yaml`` (never typed twice).

Also the naming rule that says where the facade wraps an operation, so that a coverage failure can name the file to
edit and the method to add: tag ``shipment-service`` → ``client.shipment_services`` in
``onerecord/resources/shipment_services.py`` (classes ``ShipmentServices``/``AsyncShipmentServices``);
operation ``createShipmentService`` → method ``create``; ``listShipmentEvents`` (tag ``shipment``) → ``list_events``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "one-record.yaml"
METHODS = ("get", "post", "put", "patch", "delete")
AUTH_TAG = "authentication"  # the token route: the client's auth handles it, no resource wraps it


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str

    @property
    def generated_module(self) -> str:
        """``onerecord_api.api.<tag>.<operation>``, as openapi-python-client names them."""
        return f"onerecord_api.api.{snake(self.tag)}.{snake(self.operation_id)}"

    @property
    def resource(self) -> str:
        return plural(snake(self.tag))

    @property
    def resource_file(self) -> str:
        return f"onerecord/resources/{self.resource}.py"

    @property
    def resource_classes(self) -> tuple[str, str]:
        name = "".join(part.title() for part in self.resource.split("_"))
        return name, f"Async{name}"

    @property
    def facade_method(self) -> str:
        verb, rest = re.match(r"([a-z]+)(.*)", self.operation_id).groups()  # type: ignore[union-attr]
        rest = snake(rest)
        noun = snake(self.tag)
        for prefix in (plural(noun), noun):
            if rest == prefix:
                return verb
            if rest.startswith(prefix + "_"):
                return f"{verb}_{rest[len(prefix) + 1 :]}"
        return f"{verb}_{rest}"


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                found.append(Operation(op["operationId"], method.upper(), path, op["tags"][0]))
    return found


def facade_operations(spec: dict[str, Any]) -> list[Operation]:
    return [op for op in operations(spec) if op.tag != AUTH_TAG]


def parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    params = []
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                params += [resolve(spec, p) for p in [*item.get("parameters", []), *item[method].get("parameters", [])]]
    return params


def filter_operators(spec: dict[str, Any]) -> set[str]:
    return {m.group(1) for p in parameters(spec) if (m := re.fullmatch(r"filter\[[^]]+\]\[([^]]+)\]", p["name"]))}


def sort_directions(spec: dict[str, Any]) -> set[str]:
    return {v for p in parameters(spec) if p["name"].startswith("sort[") for v in resolve(spec, p["schema"])["enum"]}


def page_limit_bounds(spec: dict[str, Any]) -> tuple[int, int | None]:
    schema = next(resolve(spec, p["schema"]) for p in parameters(spec) if p["name"] == "page[limit]")
    return schema.get("minimum", 1), schema.get("maximum", schema.get("x-server-maximum"))


def request_body_schemas(spec: dict[str, Any]) -> list[str]:
    """The schema names of every JSON request body (the generated models that create/update calls build)."""
    names = set()
    for item in spec["paths"].values():
        for method in METHODS:
            media = item.get(method, {}).get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = media.get("schema", {}).get("$ref", "")
            if ref:
                names.add(ref.rsplit("/", 1)[-1])
    return sorted(names)
