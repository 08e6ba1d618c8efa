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

from . import apispec
from .countries import COUNTRY_NAMES
from .errors import bad_query, field_error
from .fields import COUNTRY_FIELDS, PLACE_FIELDS, RELATED, RELATIONS, SHIPMENT_FIELDS
from .reference import ANOMALY_CATEGORIES, ANOMALY_TYPES, EVENT_TYPE_IDS, PLACES, SERVICE_TYPES

Json = dict[str, Any]


@functools.lru_cache(maxsize=8192)
def _parsed(text: str) -> Json:
    """Parsed relation payloads are cached: they never change once written, and the output never mutates them."""
    parsed: Json = json.loads(text)
    return parsed


def document(row: sqlite3.Row) -> Json:
    """The fields of a stored resource as the client sent them.

    Parsed on each read, not cached: a listing of 100,000 shipments must hold one page in memory, not every
    document it ever served.
    """
    doc: Json = json.loads(row["doc"])
    return doc


def _as_sent(schema_name: str, doc: Json, skip: frozenset[str] = frozenset()) -> Json:
    """A stored document in the response schema's field order; fields the response schema does not list follow."""
    out = {name: doc[name] for name in apispec.schema(schema_name).get("properties", {}) if name in doc}
    out.update((name, value) for name, value in doc.items() if name not in out)
    return {name: value for name, value in out.items() if name not in skip}


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
    """The shipment's own fields (every one the spec lists, null when never set), relations left out."""
    doc = document(row)
    out: Json = {"shipmentId": row["id"]}
    out.update((name, doc.get(name)) for name in SHIPMENT_FIELDS)
    out.update((name, value) for name, value in doc.items() if name not in out and name not in RELATIONS)
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
    out: Json = {"id": row["id"], "shipment": shipment_id}
    out.update(_as_sent("ShipmentService", document(row), frozenset({"id", "shipment"})))
    if "services.type" in groups:
        out["type"] = {"id": out["type"], "name": SERVICE_TYPES.get(out["type"], "")}
    out["createdAt"] = row["createdAt"]
    out["updatedAt"] = row["updatedAt"]
    return out


def anomaly_json(row: sqlite3.Row, shipment_id: str, groups: frozenset[str] = frozenset()) -> Json:
    out: Json = {"id": row["id"], "shipment": shipment_id}
    out.update(_as_sent("ShipmentAnomaly", document(row), frozenset({"id", "shipment"})))
    type_code, category_code = out.get("type"), str(out.get("category"))
    if type_code is not None and "anomalies.type" in groups:
        name, category_of_type = ANOMALY_TYPES.get(type_code, (type_code, category_code))
        out["type"] = {"code": type_code, "name": name, "category": category_of_type}
    if "anomalies.category" in groups:
        out["category"] = {"code": category_code, "name": ANOMALY_CATEGORIES.get(category_code, category_code)}
    out["createdAt"] = row["createdAt"]
    return out


def _collapse(value: Any) -> Any:
    """A nested object becomes its identifier when its dotted group was not asked for."""
    if isinstance(value, dict) and "id" in value:
        return value["id"]
    if isinstance(value, list):
        return [_collapse(v) for v in value]
    return value


def related_json(relation: str, row: sqlite3.Row, groups: frozenset[str], prepared: dict[str, Json]) -> Json:
    payload = _parsed(row["payload"])
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
        for key in PLACE_FIELDS & groups:
            item[key] = place(item[key])
        for key in COUNTRY_FIELDS & groups:
            item[key] = country(item[key])
        by_relation: dict[str, list[Any]] = {name: [] for name in RELATED}
        for r in related[seq]:
            rel = r["relation"]
            by_relation[rel].append(related_json(rel, r, groups, prepared) if rel in groups else r["id"])
        by_relation["anomalies"] = [
            anomaly_json(a, sid, groups) if "anomalies" in groups else a["id"] for a in anomalies[seq]
        ]
        by_relation["events"] = [event_json(e, groups) if "events" in groups else e["id"] for e in events[seq]]
        by_relation["services"] = [
            service_json(s, sid, groups) if "services" in groups else s["id"] for s in services[seq]
        ]
        item.update((name, by_relation[name]) for name in RELATIONS)
        out.append(item)
    return out
