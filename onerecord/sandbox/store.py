"""SQLite storage (standard library): the schema and the connection every request shares.

One connection, serialised by a lock: requests are short, so a single writer keeps every write atomic and the
ordering of ``seq`` (the insertion counter that breaks sort ties in keyset pagination) strictly increasing. A file
database (``--db PATH``) keeps its data across restarts; ``:memory:`` starts empty each time.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .fields import COLUMNS

SCHEMA_VERSION = 2  # 2: a shipment is a JSON document plus derived columns


def _derived(field: str) -> str:
    """A column computed from the shipment's document: SQLite keeps it in step, filters and sorts index it."""
    return f'"{field}" GENERATED ALWAYS AS (json_extract(doc, \'$."{field}"\')) VIRTUAL'


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS society (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS client (
    client_id TEXT PRIMARY KEY, secret_sha256 TEXT NOT NULL, society_id TEXT NOT NULL REFERENCES society(id)
);
CREATE TABLE IF NOT EXISTS shipment (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    warehouse TEXT NOT NULL,
    kind TEXT NOT NULL,
    doc TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "updatedAt" TEXT NOT NULL,
    {", ".join(_derived(f) for f in COLUMNS)}
);
CREATE INDEX IF NOT EXISTS shipment_owner_created ON shipment (owner, "createdAt", seq);
CREATE INDEX IF NOT EXISTS shipment_warehouse_created ON shipment (warehouse, "createdAt", seq);
CREATE INDEX IF NOT EXISTS shipment_waybills ON shipment (kind, "mawbNumber", "hawbNumber");
CREATE TABLE IF NOT EXISTS event (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    shipment_seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    "createdAt" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_shipment ON event (shipment_seq, seq);
CREATE TABLE IF NOT EXISTS service (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    shipment_seq INTEGER NOT NULL,
    doc TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "updatedAt" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS service_shipment ON service (shipment_seq, seq);
CREATE TABLE IF NOT EXISTS anomaly (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    shipment_seq INTEGER NOT NULL,
    doc TEXT NOT NULL,
    "createdAt" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS anomaly_shipment ON anomaly (shipment_seq, seq);
CREATE TABLE IF NOT EXISTS related (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    shipment_seq INTEGER NOT NULL,
    relation TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS related_shipment ON related (shipment_seq, relation, seq);
CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

CHILD_TABLES = ("event", "service", "anomaly", "related")


class Store:
    """The sandbox's database. Use :meth:`read` for queries and :meth:`write` for anything that changes data."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._create_schema()

    def _create_schema(self) -> None:
        """Create the tables, or bring a file written by this schema version up to the spec's current columns."""
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'shipment'").fetchone()
        if has_tables and version != SCHEMA_VERSION:
            self._conn.close()
            raise RuntimeError(
                f"{self.path} was written by an older sandbox (schema {version}, expected {SCHEMA_VERSION}): "
                "delete it, or start with another --db"
            )
        self._conn.executescript(SCHEMA)
        self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # A field the spec made filterable since the file was created: add its derived column (no data to move).
        present = {row[1] for row in self._conn.execute("PRAGMA table_xinfo(shipment)")}
        for field in COLUMNS:
            if field not in present:
                self._conn.execute(f"ALTER TABLE shipment ADD COLUMN {_derived(field)}")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A transaction: everything inside commits together or not at all."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                # Inside the try: a COMMIT that fails (full disk, I/O error) must not leave the transaction open,
                # or every later write would fail with "cannot start a transaction within a transaction".
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def is_empty(self) -> bool:
        with self.read() as conn:
            count: int = conn.execute("SELECT COUNT(*) FROM society").fetchone()[0]
            return count == 0

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def next_counter(conn: sqlite3.Connection, name: str) -> int:
    """Increment and return a named counter (e.g. the warehouse's order reference numbers per kind and year)."""
    conn.execute(
        "INSERT INTO counter (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1", (name,)
    )
    value: int = conn.execute("SELECT value FROM counter WHERE name = ?", (name,)).fetchone()[0]
    return value
