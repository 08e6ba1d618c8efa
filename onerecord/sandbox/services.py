"""Shipment services and anomalies, with the role and event rules of REFERENCE.md a.5.

Checks run in a fixed order so answers are predictable: role (403), body (422), existence (404), reference data
(422), then the shipment's state (409).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import rules
from .auth import Caller
from .errors import ApiError, conflict, field_error, forbidden, not_found, validation_failed
from .reference import ANOMALY_CATEGORIES, ANOMALY_TYPES, SERVICE_TYPES
from .serialize import Json, anomaly_json, document, service_json
from .shipments import history, load_visible
from .state import SandboxState
from .validation import check_body

SERVICE_ROLES = frozenset({"shipper", "warehouse"})


def _require_service_role(caller: Caller) -> None:
    if caller.role not in SERVICE_ROLES:
        raise forbidden("Only shippers and warehouses may manage shipment services")


def _check_open(conn: sqlite3.Connection, shipment: sqlite3.Row) -> None:
    events = history(conn, shipment["seq"])
    if not rules.services_open(shipment["kind"], events):
        if shipment["kind"] == "export" and "DELIVERY_PREPARATION" in events:
            raise conflict("Services of an export shipment cannot be changed once DELIVERY_PREPARATION is recorded")
        raise conflict(
            f"Services cannot be changed once the shipment's latest event is {events[-1]}; allowed while it is "
            + ", ".join(sorted(rules.SERVICE_EVENTS))
        )


def _check_type(type_id: str | None) -> None:
    if type_id is not None and type_id not in SERVICE_TYPES:
        raise validation_failed([field_error("ShipmentService", "type", "invalid", "Unknown service type")])


def _load_service(conn: sqlite3.Connection, caller: Caller, service_id: str) -> tuple[sqlite3.Row, sqlite3.Row]:
    """The service and its shipment, if the caller's society can see that shipment (404 otherwise)."""
    service = conn.execute("SELECT * FROM service WHERE id = ?", (service_id.lower(),)).fetchone()
    if service is None:
        raise not_found("ShipmentService")
    shipment_id = conn.execute("SELECT id FROM shipment WHERE seq = ?", (service["shipment_seq"],)).fetchone()
    try:
        shipment = load_visible(conn, caller, shipment_id["id"])
    except ApiError:
        raise not_found("ShipmentService") from None
    return service, shipment


def create_service(state: SandboxState, caller: Caller, body: dict[str, Any]) -> Json:
    _require_service_role(caller)
    values = check_body("ShipmentServiceCreate", body)
    with state.store.write() as conn:
        shipment = load_visible(conn, caller, values.pop("shipment"))
        _check_type(values["type"])
        _check_open(conn, shipment)
        now = state.now_iso()
        service_id = state.new_id()
        conn.execute(
            'INSERT INTO service (id, shipment_seq, doc, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)',
            (service_id, shipment["seq"], json.dumps(values), now, now),
        )
        row = conn.execute("SELECT * FROM service WHERE id = ?", (service_id,)).fetchone()
        return service_json(row, shipment["id"])


def update_service(state: SandboxState, caller: Caller, service_id: str, body: dict[str, Any]) -> Json:
    _require_service_role(caller)
    values = check_body("ShipmentServiceUpdate", body)
    with state.store.write() as conn:
        service, shipment = _load_service(conn, caller, service_id)
        target = shipment
        moved_to = values.pop("shipment", shipment["id"])
        if moved_to != shipment["id"]:
            target = load_visible(conn, caller, moved_to)
        _check_type(values.get("type"))
        _check_open(conn, shipment)
        _check_open(conn, target)
        conn.execute(
            'UPDATE service SET shipment_seq = ?, doc = ?, "updatedAt" = ? WHERE seq = ?',
            (target["seq"], json.dumps({**document(service), **values}), state.now_iso(), service["seq"]),
        )
        row = conn.execute("SELECT * FROM service WHERE seq = ?", (service["seq"],)).fetchone()
        return service_json(row, target["id"])


def delete_service(state: SandboxState, caller: Caller, service_id: str) -> None:
    _require_service_role(caller)
    with state.store.write() as conn:
        service, shipment = _load_service(conn, caller, service_id)
        _check_open(conn, shipment)
        if caller.role == "shipper" and document(service).get("isDone"):
            raise conflict("A shipper may only remove a service that is not done yet")
        conn.execute("DELETE FROM service WHERE seq = ?", (service["seq"],))


def create_anomaly(state: SandboxState, caller: Caller, body: dict[str, Any]) -> Json:
    """Warehouses only; the type (when given) must belong to the category."""
    if caller.role != "warehouse":
        raise forbidden("Only the warehouse records anomalies")
    values = check_body("ShipmentAnomalyCreate", body)
    with state.store.write() as conn:
        shipment = load_visible(conn, caller, values.pop("shipment"))
        category, type_code = values["category"], values["type"]
        errors = []
        if category not in ANOMALY_CATEGORIES:
            errors.append(field_error("ShipmentAnomaly", "category", "invalid", "Unknown anomaly category"))
        elif type_code is not None and ANOMALY_TYPES.get(type_code, ("", ""))[1] != category:
            errors.append(
                field_error(
                    "ShipmentAnomaly", "type", "invalid", f"Anomaly type does not belong to category {category}"
                )
            )
        if errors:
            raise validation_failed(errors)
        if rules.is_archived(history(conn, shipment["seq"])):
            raise conflict("The shipment is delivered and archived: it is read-only")
        anomaly_id = state.new_id()
        conn.execute(
            'INSERT INTO anomaly (id, shipment_seq, doc, "createdAt") VALUES (?, ?, ?, ?)',
            (anomaly_id, shipment["seq"], json.dumps(values), state.now_iso()),
        )
        row = conn.execute("SELECT * FROM anomaly WHERE id = ?", (anomaly_id,)).fetchone()
        return anomaly_json(row, shipment["id"])
