"""Seed data: the demo clients, a few hundred varied demo shipments, and a fast bulk loader for benchmarks.

The demo shipments come from a fixed-seed RNG and fixed timestamps (from 2026-01-05), so every sandbox started
with the same seed holds the same shipments with the same ids. They belong to the forwarder and shipper
societies and are handled by the warehouse society; the other demo societies start with none.
"""

from __future__ import annotations

import dataclasses
import json
import random
import sqlite3
from datetime import UTC, datetime
from typing import Any

from . import rules, warehouse
from .auth import seed_demo_clients, society_id
from .clock import iso
from .reference import ANOMALY_TYPES, PLACES, QUANTITY_TYPES, SERVICE_TYPES
from .shipments import WAREHOUSE, insert_shipment
from .state import IdFactory, SandboxState
from .store import CHILD_TABLES
from .validation import numbers_as_floats

DEMO_SHIPMENTS = 300
DEFAULT_SEED = 20260105
SEED_START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC).timestamp()
_HOME = ("CDG", "ORY", "LYS", "MRS")
_ABROAD = tuple(code for code in PLACES if code not in _HOME)
_GOODS = ("Machine parts", "Pharmaceuticals", "Perfume", "Wine", "Textiles", "Electronics", "Spare engines", "Books")
_CARRIERS = ("AF", "LH", "JL", "BA", "AA", "EK", "SQ")


def _shipment_values(rng: random.Random, i: int, kind: rules.Kind, created: float) -> dict[str, Any]:
    home, abroad = rng.choice(_HOME), rng.choice(_ABROAD)
    departure, arrival = (abroad, home) if kind == "import" else (home, abroad)
    quantity = rng.randint(1, 40)
    gross = round(quantity * rng.uniform(5, 120), 1)
    volume = round(quantity * rng.uniform(0.05, 0.8), 2)
    reference = {"export": "E-ONERECORD", "import": "I-ONERECORD", "delivery_order": "P-ONERECORD"}[kind]
    return {
        "orderReference": reference,
        "customerReference": f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.8 else None,
        "departure": departure,
        "departureCountry": PLACES[departure].country,
        "arrival": arrival,
        "arrivalCountry": PLACES[arrival].country,
        "quantityExpected": quantity,
        "quantityTypeExpected": rng.choice(QUANTITY_TYPES),
        "grossWeightExpected": gross,
        "grossWeightTaxableExpected": round(max(gross, volume * 167), 1),
        "volumeExpected": volume,
        "mawbNumber": f"057-{rng.randint(10_000_000, 99_999_999)}",
        "hawbNumber": f"HAWB{i:06d}",
        "goodsDescription": rng.choice(_GOODS),
        "fly": f"{rng.choice(_CARRIERS)}{rng.randint(100, 9999):04d}",
        "isSecure": kind == "export" and rng.random() < 0.2,
        "isDangerous": rng.random() < 0.05,
        "limitBoardingTime": iso(created + 2 * 86400) if kind == "delivery_order" else None,
    }


def seed_demo(
    conn: sqlite3.Connection, state: SandboxState, seed: int | None = None, count: int = DEMO_SHIPMENTS
) -> None:
    """Demo shipments of every kind, spread along their timelines, with a few services and anomalies."""
    rng = random.Random(DEFAULT_SEED if seed is None else seed)
    seeding = dataclasses.replace(state, new_id=IdFactory(rng.getrandbits(64)))
    owners = (society_id("forwarder"), society_id("shipper"))
    for i in range(count):
        created = SEED_START + i * 4 * 3600
        kind: rules.Kind = rng.choices(("export", "import", "delivery_order"), (55, 35, 10))[0]
        values = _shipment_values(rng, i, kind, created)
        seq, shipment_id = insert_shipment(conn, seeding, rng.choices(owners, (60, 40))[0], values, iso(created))
        path = rules.timeline(kind, values["isSecure"])
        stop = rng.randrange(len(path))
        for step, event in enumerate(path[1 : stop + 1], start=1):
            measurement = _measured(rng, values) if event == "MEASUREMENT" else None
            at = created + step * 3 * 3600
            warehouse.record_event(conn, seeding, shipment_id, event, at=at, measurement=measurement)
        _extras(conn, seeding, rng, seq, path[stop], created)


def _measured(rng: random.Random, values: dict[str, Any]) -> dict[str, Any]:
    drift = rng.uniform(0.9, 1.1)
    return {
        "quantityReal": values["quantityExpected"],
        "grossWeightReal": round(values["grossWeightExpected"] * drift, 1),
        "grossWeightTaxableReal": round(values["grossWeightTaxableExpected"] * drift, 1),
        "volumeReal": round(values["volumeExpected"] * drift, 2),
    }


def _extras(
    conn: sqlite3.Connection, state: SandboxState, rng: random.Random, seq: int, latest: str, created: float
) -> None:
    """A service on some open shipments and an anomaly on some handled ones."""
    now = iso(created + 3600)
    if latest in rules.SERVICE_EVENTS and rng.random() < 0.3:
        service = {"quantity": rng.randint(1, 5), "isDone": rng.random() < 0.5, "type": rng.choice(list(SERVICE_TYPES))}
        conn.execute(
            'INSERT INTO service (id, shipment_seq, doc, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)',
            (state.new_id(), seq, json.dumps(numbers_as_floats("ShipmentService", service)), now, now),
        )
    if latest not in ("ORDER", "DELIVERY_ORDER") and rng.random() < 0.1:
        type_code = rng.choice(list(ANOMALY_TYPES))
        anomaly = {
            "type": type_code,
            "category": ANOMALY_TYPES[type_code][1],
            "quantity": 1,
            "balance": -1,
            "date": now,
            "observation": "Seen at receipt",
        }
        conn.execute(
            'INSERT INTO anomaly (id, shipment_seq, doc, "createdAt") VALUES (?, ?, ?, ?)',
            (state.new_id(), seq, json.dumps(numbers_as_floats("ShipmentAnomaly", anomaly)), now),
        )


def bulk_seed(state: SandboxState, count: int, seed: int = DEFAULT_SEED) -> None:
    """``count`` export shipments at ORDER for the forwarder, inserted in one transaction (for benchmarks)."""
    rng = random.Random(seed)
    new_id = IdFactory(seed)
    owner = society_id("forwarder")
    with state.store.write() as conn:
        start = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM shipment").fetchone()[0]
        shipments, events = [], []
        for i in range(count):
            created = iso(SEED_START + i * 60)
            values = _shipment_values(rng, start + i, "export", SEED_START + i * 60)
            doc = json.dumps(numbers_as_floats("Shipment", values))
            shipments.append((start + i + 1, new_id(), owner, WAREHOUSE, "export", doc, created, created))
            events.append((new_id(), start + i + 1, "ORDER", created, created))
        conn.executemany(
            'INSERT INTO shipment (seq, id, owner, warehouse, kind, doc, "createdAt", "updatedAt") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            shipments,
        )
        conn.executemany('INSERT INTO event (id, shipment_seq, type, date, "createdAt") VALUES (?, ?, ?, ?, ?)', events)


def seed(state: SandboxState, kind: str, rng_seed: int | None = None) -> None:
    """Seed a fresh store: the demo clients always, the demo shipments for ``kind == "demo"``.

    One transaction: a seeding that fails half-way leaves the store empty, so the next start seeds it again
    (a file that kept the clients but not the shipments would never be seeded again).
    """
    with state.store.write() as conn:
        _seed(conn, state, kind, rng_seed)


def _seed(conn: sqlite3.Connection, state: SandboxState, kind: str, rng_seed: int | None) -> None:
    seed_demo_clients(conn)
    if kind == "demo":
        seed_demo(conn, state, rng_seed)


def reset(state: SandboxState, kind: str, rng_seed: int | None = None) -> dict[str, int]:
    """Delete every shipment (clients stay) and seed again; returns how many shipments there are now.

    One transaction: no request sees the store empty half-way, and a failure leaves the old data in place.
    """
    with state.store.write() as conn:
        for table in (*CHILD_TABLES, "shipment", "counter"):
            conn.execute(f"DELETE FROM {table}")
        _seed(conn, state, kind, rng_seed)
        return {"shipments": conn.execute("SELECT COUNT(*) FROM shipment").fetchone()[0]}
