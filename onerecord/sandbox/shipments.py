"""Shipment operations behind ``/shipment``: visibility, listing, creation, partial update and cancellation.

Visibility model: a shipment belongs to the society that created it and is handled by the sandbox's warehouse
society. The warehouse sees every shipment it handles, whoever owns it; any other society sees only its own.
Another society's shipment answers 404, exactly like an id that does not exist.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from . import rules
from .auth import Caller, society_id
from .errors import conflict, field_error, forbidden, not_found, validation_failed
from .fields import DATE_FIELDS, FLAGS, RELATIONS
from .listing import decode_cursor, encode_cursor, keyset_condition, order_by, parse_filters, parse_limit, parse_sort
from .serialize import Json, document, render_shipments
from .state import SandboxState
from .validation import check_body, check_query, numbers_as_floats

WAREHOUSE = society_id("warehouse")
SHIPMENT_ROLES = frozenset({"forwarder", "shipper", "agent", "consignee", "customer"})


def visibility(caller: Caller) -> tuple[str, list[Any]]:
    """SQL condition selecting the shipments the caller's society may see."""
    if caller.role == "warehouse":
        return "warehouse = ?", [caller.society_id]
    return "owner = ?", [caller.society_id]


def load_visible(conn: sqlite3.Connection, caller: Caller, shipment_id: str) -> sqlite3.Row:
    where, params = visibility(caller)
    row: sqlite3.Row | None = conn.execute(
        f"SELECT * FROM shipment WHERE id = ? AND {where}", [shipment_id.lower(), *params]
    ).fetchone()
    if row is None:
        raise not_found("Shipment")
    return row


def history(conn: sqlite3.Connection, shipment_seq: int) -> list[str]:
    """Event type names of a shipment, oldest first."""
    rows = conn.execute("SELECT type FROM event WHERE shipment_seq = ? ORDER BY seq", (shipment_seq,))
    return [r["type"] for r in rows]


def list_shipments(
    state: SandboxState, caller: Caller, items: Sequence[tuple[str, str]], groups: frozenset[str]
) -> Json:
    """One page of the caller's shipments and the cursor of the next one."""
    check_query("listShipments", items, "Shipment")
    limit = parse_limit([v for k, v in items if k == "page[limit]"])
    cursors = [v for k, v in items if k == "page[cursor]"]
    sort = parse_sort(items)
    filters, params = parse_filters(items)
    where, visible = visibility(caller)
    conditions, all_params = [where], [*visible]
    if filters:
        conditions.append(filters)
        all_params += params
    if cursors:
        keyset, keyset_params = keyset_condition(sort, decode_cursor(cursors[-1], sort))
        conditions.append(keyset)
        all_params += keyset_params
    sql = f"SELECT * FROM shipment WHERE {' AND '.join(conditions)} ORDER BY {order_by(sort)} LIMIT ?"
    with state.store.read() as conn:
        rows = conn.execute(sql, [*all_params, limit + 1]).fetchall()
        page = rows[:limit]
        data = render_shipments(conn, page, groups)
    next_cursor = None
    if len(rows) > limit:
        last = page[-1]
        next_cursor = encode_cursor(sort, [*(last[field] for field, _ in sort), last["seq"]])
    return {"data": data, "metadata": {"next": next_cursor}}


def get_shipment(state: SandboxState, caller: Caller, shipment_id: str, groups: frozenset[str]) -> Json:
    with state.store.read() as conn:
        row = load_visible(conn, caller, shipment_id)
        return render_shipments(conn, [row], groups)[0]


def _render_one(conn: sqlite3.Connection, seq: int) -> Json:
    row = conn.execute("SELECT * FROM shipment WHERE seq = ?", (seq,)).fetchone()
    return render_shipments(conn, [row], frozenset())[0]


def insert_shipment(
    conn: sqlite3.Connection, state: SandboxState, owner: str, values: dict[str, Any], now: str
) -> tuple[int, str]:
    """Insert a shipment (its fields as one document) with its first event; returns (seq, id)."""
    kind = rules.kind_of_new(values["orderReference"])
    shipment_id = state.new_id()
    cursor = conn.execute(
        'INSERT INTO shipment (id, owner, warehouse, kind, doc, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
        (shipment_id, owner, WAREHOUSE, kind, json.dumps(numbers_as_floats("Shipment", values)), now, now),
    )
    seq = int(cursor.lastrowid or 0)
    conn.execute(
        'INSERT INTO event (id, shipment_seq, type, date, "createdAt") VALUES (?, ?, ?, ?, ?)',
        (state.new_id(), seq, rules.FIRST_EVENT[kind], now, now),
    )
    return seq, shipment_id


def save_document(conn: sqlite3.Connection, seq: int, doc: dict[str, Any], now: str) -> None:
    """Store a shipment's fields (its derived columns follow) and stamp the change."""
    stored = json.dumps(numbers_as_floats("Shipment", doc))
    conn.execute('UPDATE shipment SET doc = ?, "updatedAt" = ? WHERE seq = ?', (stored, now, seq))


def create_shipment(state: SandboxState, caller: Caller, body: dict[str, Any]) -> Json:
    if caller.role not in SHIPMENT_ROLES:
        raise forbidden("A warehouse records shipments through its own system, not by announcing them")
    checked = check_body("ShipmentCreate", body, dates=DATE_FIELDS)
    preparations: list[str] = checked.get("preparations", [])
    values = {name: value for name, value in checked.items() if name not in RELATIONS}
    values.update((flag, False) for flag in FLAGS if flag not in values)
    now = state.now_iso()
    with state.store.write() as conn:
        # Prepared shipments are references, like a service's shipment: an unknown one is a 404.
        prepared = [load_visible(conn, caller, prep_id) for prep_id in preparations]
        if prepared and values["orderReference"] != "P-ONERECORD":
            raise validation_failed(
                [field_error("Shipment", "preparations", "invalid", "only a delivery order (P-ONERECORD) has any")]
            )
        if values["orderReference"] == "I-ONERECORD" and values.get("mawbNumber") and values.get("hawbNumber"):
            duplicate = conn.execute(
                "SELECT 1 FROM shipment WHERE kind = 'import' AND warehouse = ? AND \"mawbNumber\" = ? "
                'AND "hawbNumber" = ?',
                (WAREHOUSE, values["mawbNumber"], values["hawbNumber"]),
            ).fetchone()
            if duplicate:
                raise conflict(
                    "An import shipment with this HAWB and MAWB already exists",
                    [
                        field_error("Shipment", "hawbNumber", "already_exists", "HAWB and MAWB pair already recorded"),
                        field_error("Shipment", "mawbNumber", "already_exists", "HAWB and MAWB pair already recorded"),
                    ],
                )
        seq, _ = insert_shipment(conn, state, caller.society_id, values, now)
        for row in prepared:
            conn.execute(
                "INSERT INTO related (id, shipment_seq, relation, payload) VALUES (?, ?, 'preparations', ?)",
                (state.new_id(), seq, json.dumps({"shipment": {"id": row["id"]}})),
            )
        return _render_one(conn, seq)


def update_shipment(state: SandboxState, caller: Caller, shipment_id: str, body: dict[str, Any]) -> Json:
    """Apply a partial update if the shipment's state allows every changed field (409 otherwise)."""
    checked = check_body("ShipmentUpdate", body, dates=DATE_FIELDS)
    values = {name: value for name, value in checked.items() if name not in RELATIONS}
    with state.store.write() as conn:
        row = load_visible(conn, caller, shipment_id)
        events = history(conn, row["seq"])
        if rules.is_archived(events):
            raise conflict("The shipment is delivered and archived: it is read-only")
        doc = document(row)
        changed = {k: v for k, v in values.items() if doc.get(k) != v}
        allowed = rules.updatable_fields(row["kind"], events)
        locked = sorted(set(changed) - allowed)
        if locked:
            raise conflict(
                "The shipment's state does not allow changing these fields",
                [field_error("Shipment", f, "locked", f"{f} can no longer be changed") for f in locked],
            )
        if "orderReference" in changed:
            new_kind = rules.kind_of_reference(changed["orderReference"] or "")
            if new_kind is None or rules.FIRST_EVENT[new_kind] != events[0]:
                raise validation_failed(
                    [field_error("Shipment", "orderReference", "invalid", "not a placeholder of the same timeline")]
                )
            if rules.is_handled(new_kind, events):  # a picked-up export cannot become an import the warehouse holds
                raise conflict(
                    "The shipment's state does not allow changing these fields",
                    [field_error("Shipment", "orderReference", "locked", "an import is handled from PICKUP")],
                )
            conn.execute("UPDATE shipment SET kind = ? WHERE seq = ?", (new_kind, row["seq"]))
        if changed:
            save_document(conn, row["seq"], {**doc, **changed}, state.now_iso())
        return _render_one(conn, row["seq"])


def delete_shipment(state: SandboxState, caller: Caller, shipment_id: str) -> None:
    """Cancel a shipment: only its owner, only before the warehouse handles it."""
    with state.store.write() as conn:
        row = load_visible(conn, caller, shipment_id)
        if row["owner"] != caller.society_id:
            raise forbidden("Only the society that created the shipment may cancel it")
        if not rules.can_delete(row["kind"], history(conn, row["seq"])):
            raise conflict("The warehouse has picked up or received the goods: the shipment can no longer be deleted")
        for table in ("event", "service", "anomaly", "related"):
            conn.execute(f"DELETE FROM {table} WHERE shipment_seq = ?", (row["seq"],))
        conn.execute("DELETE FROM shipment WHERE seq = ?", (row["seq"],))
