"""What the warehouse does and the public API does not expose: recording events on a shipment's timeline.

Used by the control surface and by the demo seed. Recording an event checks it against the shipment's timeline
(409 otherwise) and applies its effects:

- the first handling event (GOODS_RECEIPT for an export, PICKUP or GOODS_RECEIPT for an import, DELIVERY_PREPARATION
  for a delivery order) replaces the order reference with the warehouse's own, e.g. ``E26000123`` (kind letter,
  two-digit year, six-digit counter);
- GOODS_RECEIPT adds an operator (with a comment) and an assignation (with a user);
- MEASUREMENT stores the measured quantity and weights (given, or else the expected ones) and a ``details`` entry;
- SECURITY adds a ``securities`` entry and its ``documents`` entry and marks the shipment secure;
- SCORED (imports) adds a ``customs`` entry.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from . import rules
from .clock import iso
from .errors import conflict, not_found, validation_failed
from .errors import field_error as fe
from .fields import SHIPMENT_FIELDS
from .reference import EVENT_TYPES
from .serialize import document
from .shipments import history, save_document
from .state import SandboxState
from .store import next_counter
from .validation import schema_errors

# What the warehouse measures: the spec's "...Real" fields (each the counterpart of an "...Expected" one).
MEASURED = tuple(name for name in SHIPMENT_FIELDS if name.endswith("Real"))


def _related(conn: sqlite3.Connection, state: SandboxState, seq: int, relation: str, payload: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO related (id, shipment_seq, relation, payload) VALUES (?, ?, ?, ?)",
        (state.new_id(), seq, relation, json.dumps(payload)),
    )


def _measurement(row: sqlite3.Row, given: dict[str, Any]) -> dict[str, Any]:
    errors: list[dict[str, str]] = [
        fe("Measurement", name, "invalid", f"{name} is not a measured value; expected one of {', '.join(MEASURED)}")
        for name in given
        if name not in MEASURED
    ]
    doc = document(row)
    values = {name: given.get(name, doc.get(name.replace("Real", "Expected"))) for name in MEASURED}
    errors += schema_errors("ShipmentUpdate", values, resource="Measurement")
    if errors:
        raise validation_failed(errors)
    return values


def record_event(
    conn: sqlite3.Connection,
    state: SandboxState,
    shipment_id: str,
    event_type: str,
    at: float | None = None,
    measurement: dict[str, Any] | None = None,
) -> None:
    """Append one event to a shipment's timeline, with its effects (see the module docstring)."""
    if event_type not in EVENT_TYPES:
        raise validation_failed([fe("Event", "type", "invalid", f"Unknown event type {event_type}")])
    row = conn.execute("SELECT * FROM shipment WHERE id = ?", (shipment_id.lower(),)).fetchone()
    if row is None:
        raise not_found("Shipment")
    events = history(conn, row["seq"])
    allowed = rules.next_events(row["kind"], events, bool(row["isSecure"]))
    if event_type not in allowed:
        expected = ", ".join(sorted(allowed)) or "nothing (the shipment is archived)"
        raise conflict(f"{event_type} cannot follow {events[-1]} for this {row['kind']} shipment; expected {expected}")
    ts = state.clock() if at is None else at
    now = iso(ts)
    seq = row["seq"]
    changes: dict[str, Any] = {}
    if event_type in rules.HANDLING_EVENTS[row["kind"]] and not rules.is_handled(row["kind"], events):
        letter = rules.REFERENCE_LETTER[row["kind"]]
        year = datetime.fromtimestamp(ts, UTC).year
        number = next_counter(conn, f"order-reference:{letter}{year % 100:02d}")
        changes["orderReference"] = rules.warehouse_reference(row["kind"], year, number)
    if event_type == "GOODS_RECEIPT":
        comment = {"id": state.new_id(), "text": "Goods received at the dock", "createdAt": now}
        _related(conn, state, seq, "operators", {"name": "Dock operator", "comments": [comment]})
        _related(conn, state, seq, "assignations", {"user": {"id": state.new_id(), "name": "Warehouse agent"}})
    elif event_type == "MEASUREMENT":
        changes.update(_measurement(row, measurement or {}))
        detail = {"quantity": changes["quantityReal"], "grossWeight": changes["grossWeightReal"]}
        _related(conn, state, seq, "details", {**detail, "volume": changes["volumeReal"], "measuredAt": now})
    elif event_type == "SECURITY":
        _related(conn, state, seq, "securities", {"method": "XRAY", "result": "CLEAR", "date": now})
        _related(conn, state, seq, "documents", {"name": "security-declaration.pdf", "kind": "SECURITY"})
        changes["isSecure"] = True
    elif event_type == "SCORED":
        _related(conn, state, seq, "customs", {"type": {"id": state.new_id(), "name": "T1 transit"}})
    conn.execute(
        'INSERT INTO event (id, shipment_seq, type, date, "createdAt") VALUES (?, ?, ?, ?, ?)',
        (state.new_id(), seq, event_type, now, now),
    )
    save_document(conn, seq, {**document(row), **changes}, now)


def advance(conn: sqlite3.Connection, state: SandboxState, shipment_id: str, to: str) -> list[str]:
    """Record the usual timeline's events until ``to`` is the latest one; returns the events recorded.

    Runs inside the caller's transaction: if ``to`` cannot be reached, the 409 rolls every step back.
    """
    recorded: list[str] = []
    for _ in EVENT_TYPES:
        row = conn.execute("SELECT * FROM shipment WHERE id = ?", (shipment_id.lower(),)).fetchone()
        if row is None:
            raise not_found("Shipment")
        events = history(conn, row["seq"])
        if events[-1] == to:
            return recorded
        allowed = rules.next_events(row["kind"], events, bool(row["isSecure"]))
        steps = (
            [to] if to in allowed else [e for e in rules.timeline(row["kind"], bool(row["isSecure"])) if e in allowed]
        )
        if not steps:
            break
        record_event(conn, state, shipment_id, steps[0])
        recorded.append(steps[0])
    raise conflict(f"{to} cannot be reached from the shipment's current state")


def status(conn: sqlite3.Connection, shipment_id: str) -> dict[str, Any]:
    """What the control surface reports about a shipment: kind, events, and what its state allows now."""
    row = conn.execute("SELECT * FROM shipment WHERE id = ?", (shipment_id.lower(),)).fetchone()
    if row is None:
        raise not_found("Shipment")
    events = history(conn, row["seq"])
    kind: rules.Kind = row["kind"]
    return {
        "shipmentId": row["id"],
        "kind": kind,
        "orderReference": row["orderReference"],
        "events": events,
        "nextEvents": sorted(rules.next_events(kind, events, bool(row["isSecure"]))),
        "handled": rules.is_handled(kind, events),
        "archived": rules.is_archived(events),
        "deletable": rules.can_delete(kind, events),
        "servicesOpen": rules.services_open(kind, events),
        "updatableFields": sorted(rules.updatable_fields(kind, events)),
    }
