"""SQLite store: the processes of one host share pacing, pauses and the token through one file.

Every operation is one short ``BEGIN IMMEDIATE`` transaction (read the namespace's record, apply the rules of
:mod:`onerecord._shared.pacing`, write it back), so concurrent writers are serialised by SQLite's own file lock.
A process killed mid-transaction leaves a journal that the next writer rolls back, and the OS releases its lock:
the others carry on from the last committed state. WAL mode keeps readers and the writer out of each other's way.

The clock is ``time.monotonic()``, which on the supported platforms is one clock for the whole host (so processes
agree) and never goes back; it restarts at boot, so a record whose last update lies in the future is from before a
reboot and is started afresh. The file is created readable by its owner only, since it holds the access token.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import SharedStateError
from . import pacing
from .protocol import PacingRule, StoredToken, Ticket

__all__ = ["SqliteState"]

DEFAULT_TIMEOUT = 5.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pacing (namespace TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS token (namespace TEXT PRIMARY KEY, value TEXT NOT NULL, written REAL NOT NULL,
                                  fresh_until REAL NOT NULL, usable_until REAL NOT NULL);
CREATE TABLE IF NOT EXISTS token_lock (namespace TEXT PRIMARY KEY, owner TEXT NOT NULL, taken REAL NOT NULL,
                                       until REAL NOT NULL);
"""


class SqliteState:
    """A :class:`~onerecord.shared_state.SharedState` in the SQLite file ``path`` (local disk, not a network share).

    ``timeout``: how long an operation may wait for the file lock before raising
    :class:`~onerecord.errors.SharedStateError`. ``clock`` is injectable for tests (monotonic seconds, host-wide).
    """

    blocking = True

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.timeout = timeout
        self._clock = clock or time.monotonic
        self._lock = threading.Lock()  # one connection per process, used by one thread at a time
        self._connection: sqlite3.Connection | None = None
        self._pid = -1

    def __repr__(self) -> str:
        return f"SqliteState({self.path!r})"

    def _connect(self) -> sqlite3.Connection:
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        # A forked child (gunicorn, multiprocessing) must not use its parent's connection: open its own.
        if not os.path.exists(self.path):
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            self._while_busy(lambda: _prepare(connection))
        except BaseException:
            connection.close()
            raise
        self._connection, self._pid = connection, os.getpid()
        return connection

    def _while_busy(self, step: Callable[[], object]) -> None:
        """Run ``step``, again while SQLite says the file is busy, for at most ``timeout`` seconds.

        SQLite's own busy handler does not cover everything: switching a new file to WAL while other processes open it
        too, or beginning a transaction while another connection recovers the WAL, answer "database is locked" at
        once. Several processes starting together hit exactly that.
        """
        give_up = time.monotonic() + self.timeout
        while True:
            try:
                step()
                return
            except sqlite3.OperationalError as error:
                if not _busy(error) or time.monotonic() >= give_up:
                    raise
            time.sleep(0.005)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection = None

    @contextmanager
    def _transaction(self) -> Iterator[tuple[sqlite3.Connection, float]]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``: the write lock is taken first, so read-modify-write is atomic."""
        if not self._lock.acquire(timeout=self.timeout):
            raise SharedStateError(f"the shared state file {self.path!r} stayed busy for more than {self.timeout:g} s")
        try:
            try:
                connection = self._connect()
                self._while_busy(lambda: connection.execute("BEGIN IMMEDIATE"))
            except sqlite3.Error as error:
                raise SharedStateError(self._problem(error)) from None
            try:
                yield connection, self._clock()
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise SharedStateError(self._problem(error)) from None
                raise
        finally:
            self._lock.release()

    def _problem(self, error: sqlite3.Error) -> str:
        if _busy(error):
            return f"the shared state file {self.path!r} stayed locked for more than {self.timeout:g} s"
        return f"the shared state file {self.path!r} cannot be used: {error}"

    def _pacing(self, namespace: str, change: Callable[[pacing.Record, float], Any]) -> Any:
        with self._transaction() as (connection, now):
            row = connection.execute("SELECT record FROM pacing WHERE namespace = ?", (namespace,)).fetchone()
            record = json.loads(row[0]) if row else None
            if record is None or record["last"] > now + 1.0:  # none yet, or written before a reboot
                record = pacing.new_record(now)
            result = change(record, now)
            connection.execute(
                "INSERT OR REPLACE INTO pacing (namespace, record) VALUES (?, ?)", (namespace, json.dumps(record))
            )
            return result

    def reserve(self, namespace: str, rule: PacingRule, priority: bool = False) -> Ticket:
        ticket: Ticket = self._pacing(namespace, lambda record, now: pacing.reserve(record, rule, now, priority))
        return ticket

    def depart(self, namespace: str, rule: PacingRule, ticket: Ticket) -> float | None:
        delay: float | None = self._pacing(namespace, lambda record, now: pacing.depart(record, rule, ticket, now))
        return delay

    def finished(self, namespace: str, ticket: Ticket) -> None:
        self._pacing(namespace, lambda record, now: pacing.finished(record, ticket, now))

    def abandon(self, namespace: str, ticket: Ticket) -> None:
        self._pacing(namespace, lambda record, now: pacing.abandon(record, ticket))

    def pause(self, namespace: str, rule: PacingRule, seconds: float) -> None:
        self._pacing(namespace, lambda record, now: pacing.pause(record, rule, seconds, now))

    def read_token(self, namespace: str) -> StoredToken | None:
        with self._transaction() as (connection, now):
            row = connection.execute(
                "SELECT value, written, fresh_until, usable_until FROM token WHERE namespace = ?", (namespace,)
            ).fetchone()
        if row is None or row[1] > now + 1.0 or row[3] <= now:
            return None
        return StoredToken(row[0], row[2] - now, row[3] - now)

    def write_token(self, namespace: str, token: StoredToken) -> None:
        with self._transaction() as (connection, now):
            connection.execute(
                "INSERT OR REPLACE INTO token VALUES (?, ?, ?, ?, ?)",
                (namespace, token.value, now, now + token.fresh_for, now + token.usable_for),
            )

    def drop_token(self, namespace: str, value: str) -> None:
        with self._transaction() as (connection, _):
            connection.execute("DELETE FROM token WHERE namespace = ? AND value = ?", (namespace, value))

    def lock_token(self, namespace: str, owner: str, seconds: float) -> bool:
        with self._transaction() as (connection, now):
            row = connection.execute(
                "SELECT owner, taken, until FROM token_lock WHERE namespace = ?", (namespace,)
            ).fetchone()
            if row is not None and row[0] != owner and row[2] > now and row[1] <= now + 1.0:
                return False
            connection.execute(
                "INSERT OR REPLACE INTO token_lock VALUES (?, ?, ?, ?)", (namespace, owner, now, now + seconds)
            )
            return True

    def unlock_token(self, namespace: str, owner: str) -> None:
        with self._transaction() as (connection, _):
            connection.execute("DELETE FROM token_lock WHERE namespace = ? AND owner = ?", (namespace, owner))


def _prepare(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(_SCHEMA)


def _busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)
