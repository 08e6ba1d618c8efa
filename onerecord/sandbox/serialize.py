"""Database rows to API JSON, with ``groups[]`` expansion.

Without groups a shipment's relations are lists of identifiers; a group turns one relation into objects, and a
dotted group (``events.type``) also expands a relation of those objects. A dotted group implies its parent, and
``all`` means every group. Relations of a whole page are loaded with one query per table, never one per shipment.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from .countries import COUNTRY_NAMES
from .errors import bad_query, field_error
from .fields import SHIPMENT_FIELDS
from .reference import ANOMALY_CATEGORIES, ANOMALY_TYPES, EVENT_TYPE_IDS, PLACES, SERVICE_TYPES

Json = dict[str, Any]

RELATED = ("assignations", "customs", "details", "documents", "operators", "securities", "preparations")
RELATIONS: tuple[str, ...] = ("assignations", "anomalies", "customs", "details", "documents", "events")
RELATIONS += ("operators", "securities", "services", "preparations")
SHIPMENT_GROUPS: frozenset[str] = frozenset(
    {
        "departureCountry",
        "arrivalCountry",
        "departure",
        "arrival",
        *RELATIONS,
        "anomalies.category",
        "anomalies.type",
        "assignations.user",
        "customs.type",
        "events.type",
        "operators.comments",
        "services.type",
        "preparations.shipment",
    }
)
PLACE_GROUPS: frozenset[str] = frozenset({"country"})


def parse_groups(values: Sequence[str], known: frozenset[str], resource: str) -> frozenset[str]:
    """The set of groups to expand; an unknown group name is a 400."""
    unknown = [v for v in values if v != "all" and v not in known]
    if unknown:
        raise bad_query([field_error(resource, "groups[]", "invalid", f"Unknown group '{name}'") for name in unknown])
    if "all" in values:
        return known
    groups = set(values)
    groups |= {g.split(".", 1)[0] for g in values if "." in g}
    return frozenset(groups)


def country(code: str) -> Json:
    return {"code": code, "name": COUNTRY_NAMES.get(code)}


def place(code: str, groups: frozenset[str] = frozenset()) -> Json:
    """A Place object; a code the sandbox does not know still expands, with a null name."""
    known = PLACES.get(code)
    if known is None:
        return {"code": code, "name": None}
    return {
        "code": known.code,
        "name": known.name,
        "country": country(known.country) if "country" in groups else known.country,
    }


def scalar_fields(row: sqlite3.Row) -> Json:
    """The shipment's own fields, relations left out."""
    out: Json = {"shipmentId": row["id"]}
    for name, kind in SHIPMENT_FIELDS.items():
        value = row[name]
        out[name] = bool(value) if kind == "bool" else value
    out["createdAt"] = row["createdAt"]
    out["updatedAt"] = row["updatedAt"]
    return out


def event_json(row: sqlite3.Row, groups: frozenset[str]) -> Json:
    type_id = EVENT_TYPE_IDS[row["type"]]
    return {
        "id": row["id"],
        "type": {"id": type_id, "name": row["type"]} if "events.type" in groups else type_id,
        "date": row["date"],
        "createdAt": row["createdAt"],
    }


def service_json(row: sqlite3.Row, shipment_id: str, groups: frozenset[str] = frozenset()) -> Json:
    type_id = row["type"]
    return {
        "id": row["id"],
        "shipment": shipment_id,
        "quantity": row["quantity"],
        "isDone": bool(row["isDone"]),
        "type": {"id": type_id, "name": SERVICE_TYPES.get(type_id, "")} if "services.type" in groups else type_id,
        "createdAt": row["createdAt"],
        "updatedAt": row["updatedAt"],
    }


def anomaly_json(row: sqlite3.Row, shipment_id: str, groups: frozenset[str] = frozenset()) -> Json:
    type_code, category_code = row["type"], row["category"]
    type_value: Any = type_code
    if type_code is not None and "anomalies.type" in groups:
        name, category_of_type = ANOMALY_TYPES.get(type_code, (type_code, category_code))
        type_value = {"code": type_code, "name": name, "category": category_of_type}
    category_value: Any = category_code
    if "anomalies.category" in groups:
        category_value = {"code": category_code, "name": ANOMALY_CATEGORIES.get(category_code, category_code)}
    return {
        "id": row["id"],
        "shipment": shipment_id,
        "type": type_value,
        "category": category_value,
        "quantity": row["quantity"],
        "balance": row["balance"],
        "date": row["date"],
        "observation": row["observation"],
        "createdAt": row["createdAt"],
    }


def _collapse(value: Any) -> Any:
    """A nested object becomes its identifier when its dotted group was not asked for."""
    if isinstance(value, dict) and "id" in value:
        return value["id"]
    if isinstance(value, list):
        return [_collapse(v) for v in value]
    return value


@functools.lru_cache(maxsize=8192)
def _payload(text: str) -> Json:
    """Parsed payloads are cached: they never change once written, and the output never mutates them."""
    payload: Json = json.loads(text)
    return payload


def related_json(relation: str, row: sqlite3.Row, groups: frozenset[str], prepared: dict[str, Json]) -> Json:
    payload = _payload(row["payload"])
    out: Json = {"id": row["id"]}
    for key, value in payload.items():
        if f"{relation}.{key}" not in groups:
            out[key] = _collapse(value)
        elif relation == "preparations" and key == "shipment":
            out[key] = prepared.get(value["id"], value)
        else:
            out[key] = value
    return out


def _by_shipment(conn: sqlite3.Connection, table: str, seqs: list[int]) -> dict[int, list[sqlite3.Row]]:
    grouped: dict[int, list[sqlite3.Row]] = defaultdict(list)
    if not seqs:
        return grouped
    marks = ",".join("?" * len(seqs))
    for row in conn.execute(f"SELECT * FROM {table} WHERE shipment_seq IN ({marks}) ORDER BY seq", seqs):
        grouped[row["shipment_seq"]].append(row)
    return grouped


def _prepared_shipments(conn: sqlite3.Connection, related: Iterable[sqlite3.Row]) -> dict[str, Json]:
    ids = [json.loads(r["payload"])["shipment"]["id"] for r in related if r["relation"] == "preparations"]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT * FROM shipment WHERE id IN ({marks})", ids).fetchall()
    return {row["id"]: scalar_fields(row) for row in rows}


def render_shipments(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row], groups: frozenset[str]) -> list[Json]:
    """The API form of a page of shipments, relations included."""
    seqs = [row["seq"] for row in rows]
    events = _by_shipment(conn, "event", seqs)
    services = _by_shipment(conn, "service", seqs)
    anomalies = _by_shipment(conn, "anomaly", seqs)
    related = _by_shipment(conn, "related", seqs)
    prepared: dict[str, Json] = {}
    if "preparations.shipment" in groups:
        prepared = _prepared_shipments(conn, (r for rs in related.values() for r in rs))
    out = []
    for row in rows:
        seq, sid = row["seq"], row["id"]
        item = scalar_fields(row)
        for key in ("departure", "arrival"):
            if key in groups:
                item[key] = place(row[key])
        for key in ("departureCountry", "arrivalCountry"):
            if key in groups:
                item[key] = country(row[key])
        by_relation: dict[str, list[Any]] = {name: [] for name in RELATED}
        for r in related[seq]:
            rel = r["relation"]
            by_relation[rel].append(related_json(rel, r, groups, prepared) if rel in groups else r["id"])
        item.update(
            {
                "assignations": by_relation["assignations"],
                "anomalies": [
                    anomaly_json(a, sid, groups) if "anomalies" in groups else a["id"] for a in anomalies[seq]
                ],
                "customs": by_relation["customs"],
                "details": by_relation["details"],
                "documents": by_relation["documents"],
                "events": [event_json(e, groups) if "events" in groups else e["id"] for e in events[seq]],
                "operators": by_relation["operators"],
                "securities": by_relation["securities"],
                "services": [service_json(s, sid, groups) if "services" in groups else s["id"] for s in services[seq]],
                "preparations": by_relation["preparations"],
            }
        )
        out.append(item)
    return out
