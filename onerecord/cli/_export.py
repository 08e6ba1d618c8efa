"""Exporting a listing to a file, page by page, so that an interrupted export resumes without a duplicate line.

Next to ``FILE`` sits ``FILE.state.json``: the cursor of the next page, the byte offset of the end of the last
complete page, and the query. The order of writes is what makes resuming safe:

1. a page's lines are written, flushed and fsync'ed;
2. only then the state is replaced atomically (write a temporary file, fsync, ``os.replace``).

A crash between 1 and 2 leaves lines past the recorded offset; ``--resume`` truncates the file back to the offset and
fetches that page again from the recorded cursor. A state whose cursor is ``None`` after at least one page means the
last page is already recorded (the process died before removing the state): resuming then fetches nothing. So every
record appears exactly once whatever the moment of the interruption. The state file is removed when the export
completes.

The state also fingerprints the last kilobyte before the offset: a file edited since the interruption (where the
offset may now fall mid-line) is refused rather than cut there and appended to. A file shorter than the offset is
refused too.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from ._output import CsvWriter, ExportFormat, json_line
from ._problems import ExportError

STATE_VERSION = 1
TAIL_BYTES = 1024  # how much of the file before the offset the state fingerprints


class PageLike(Protocol):
    """What the facade's pages give: the items of one page and the cursor of the next (``None`` on the last)."""

    @property
    def items(self) -> Sequence[Any]: ...

    @property
    def next_cursor(self) -> str | None: ...


@dataclass
class ExportState:
    """The resumable progress of one export; written as JSON next to the output file."""

    format: str
    query: dict[str, Any]
    cursor: str | None = None
    offset: int = 0
    records: int = 0
    pages: int = 0
    version: int = STATE_VERSION
    tail: str = ""  # sha256 of the last TAIL_BYTES before ``offset``: "" in state files written before it existed


@dataclass(frozen=True)
class ExportResult:
    records: int
    pages: int
    resumed_from: int


def state_path(out: Path) -> Path:
    return out.with_name(out.name + ".state.json")


def format_for(out: Path) -> ExportFormat:
    """The format implied by the file name: ``.csv`` gives CSV, anything else JSON Lines."""
    return ExportFormat.csv if out.suffix.lower() == ".csv" else ExportFormat.jsonl


def load_state(path: Path) -> ExportState:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        state = ExportState(**raw)
    except (OSError, ValueError, TypeError) as exc:
        raise ExportError(f"cannot read the export state {path}: {exc}; start over with --force") from None
    if state.version != STATE_VERSION:
        raise ExportError(f"{path} was written by another version of onerecord; start over with --force")
    return state


def save_state(path: Path, state: ExportState) -> None:
    """Replace the state atomically: a reader (or a crash) sees the old state or the new one, never half of one."""
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", encoding="utf-8") as handle:
        json.dump(asdict(state), handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def _lock(handle: IO[bytes]) -> None:
    """An exclusive advisory lock held while the file is open; ``BlockingIOError`` if another process has it.

    POSIX only: on Windows no lock is taken, and running one export per file at a time is the user's care.
    """
    if sys.platform != "win32":
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _normalise(query: dict[str, Any]) -> dict[str, Any]:
    """Tuples become lists, as they will after a JSON round trip, so a saved query compares equal to a new one."""
    result: dict[str, Any] = json.loads(json.dumps(query))
    return result


def _same_query(given: dict[str, Any], saved: dict[str, Any]) -> bool:
    """Equal, and with the sort keys in the same order (dicts compare equal whatever their order; a sort does not)."""
    return given == saved and list(given.get("sort") or {}) == list(saved.get("sort") or {})


class Exporter:
    """Runs one export into ``out``.

    ``fetch_pages(cursor, query)`` gives the pages of the (saved) query from ``cursor`` (``None``: the start).
    """

    def __init__(
        self,
        out: Path,
        fetch_pages: Callable[[str | None, dict[str, Any]], Iterable[PageLike]],
        *,
        columns: Sequence[str],
    ) -> None:
        self.out = out
        self.state_file = state_path(out)
        self._fetch_pages = fetch_pages
        self._columns = columns
        self.state: ExportState | None = None
        self._resuming = False
        self._tail = b""  # the last TAIL_BYTES of the file as far as the state records it

    def prepare(
        self, fmt: ExportFormat | None, query: dict[str, Any] | None, *, resume: bool, force: bool
    ) -> ExportState:
        """Check the situation on disk and return the state to start from, before any request is made.

        ``fmt`` or ``query`` ``None`` on resume means "as saved"; given values must match the saved ones.
        """
        self._resuming = resume
        if resume:
            self.state = self._resumable(fmt, query)
        else:
            if self.state_file.exists() and not force:
                raise ExportError(
                    f"an unfinished export into {self.out} exists ({self.state_file}); "
                    "add --resume to continue it, or --force to start over"
                )
            if self.out.exists() and not force:
                raise ExportError(f"{self.out} already exists; add --force to overwrite it")
            if self.out.is_dir() or not self.out.parent.is_dir():
                # Found now rather than when the file is opened, after the first request.
                raise ExportError(f"cannot write {self.out}: it is a folder, or its folder does not exist")
            chosen = fmt or format_for(self.out)
            self.state = ExportState(format=chosen.value, query=_normalise(query or {}))
        return self.state

    def _resumable(self, fmt: ExportFormat | None, query: dict[str, Any] | None) -> ExportState:
        if not self.state_file.exists():
            raise ExportError(
                f"nothing to resume: {self.state_file} does not exist (the export finished or never started)"
            )
        state = load_state(self.state_file)
        if fmt is not None and fmt.value != state.format:
            raise ExportError(
                f"the export into {self.out} was started as {state.format}; resume it with the same --format"
            )
        if query is not None and not _same_query(_normalise(query), state.query):
            raise ExportError(
                f"the export into {self.out} was started with other options ({json.dumps(state.query)}); "
                "resume with the same --filter/--sort/--group/--limit, or none of them"
            )
        size = self.out.stat().st_size if self.out.exists() else -1
        if size < state.offset:
            raise ExportError(f"{self.out} is shorter than when the export stopped; start over with --force")
        with self.out.open("rb") as handle:
            handle.seek(max(0, state.offset - TAIL_BYTES))
            self._tail = handle.read(state.offset - handle.tell())
        if state.tail and _digest(self._tail) != state.tail:
            # Truncating at the offset would cut an edited file mid-line: refuse rather than corrupt it.
            raise ExportError(
                f"{self.out} changed since the export stopped (its last exported lines differ); "
                "undo the edit, or start over with --force"
            )
        return state

    def run(self, on_page: Callable[[ExportState], None] | None = None) -> ExportResult:
        """Append every remaining page to the file, saving the state after each one; removes the state at the end."""
        state = self.state
        if state is None:
            raise RuntimeError("prepare() must be called before run()")
        resumed_from = state.records
        finished = state.pages > 0 and state.cursor is None  # the last page is on disk; only the clean-up was missed
        with self._open(state) as handle:
            pages: Iterable[PageLike] = () if finished else self._fetch_pages(state.cursor, state.query)
            for page in pages:
                data = self._encode(state, page.items)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
                state.offset = handle.tell()
                self._remember_tail(state, data)
                state.records += len(page.items)
                state.pages += 1
                state.cursor = page.next_cursor
                save_state(self.state_file, state)
                if on_page is not None:
                    on_page(state)
                if page.next_cursor is None:
                    break
        with contextlib.suppress(FileNotFoundError):
            self.state_file.unlink()
        return ExportResult(records=state.records, pages=state.pages, resumed_from=resumed_from)

    def _open(self, state: ExportState) -> IO[bytes]:
        # Opened without truncating, locked, and only then cut: a second export into the same file (a resume run
        # twice, a --force next to a running export) must not touch it, or lines would be written twice or torn.
        handle = os.fdopen(os.open(self.out, os.O_RDWR | os.O_CREAT, 0o666), "r+b")
        try:
            _lock(handle)
        except BlockingIOError:
            handle.close()
            raise ExportError(f"another export is writing {self.out}; let it finish (or stop it) first") from None
        if self._resuming:
            handle.truncate(state.offset)  # drop the lines of a page written but not recorded
            handle.seek(state.offset)
            return handle
        handle.truncate(0)
        header = b""
        if state.format == ExportFormat.csv.value:
            buffer = io.StringIO()
            CsvWriter(buffer, self._columns).header()
            header = buffer.getvalue().encode("utf-8")
            handle.write(header)
        handle.flush()
        os.fsync(handle.fileno())
        state.offset = handle.tell()
        self._tail = b""
        self._remember_tail(state, header)
        save_state(self.state_file, state)
        return handle

    def _remember_tail(self, state: ExportState, written: bytes) -> None:
        self._tail = (self._tail + written)[-TAIL_BYTES:]
        state.tail = _digest(self._tail)

    def _encode(self, state: ExportState, items: Sequence[Any]) -> bytes:
        records = [item.to_dict() if hasattr(item, "to_dict") else dict(item) for item in items]
        if state.format == ExportFormat.csv.value:
            buffer = io.StringIO()
            writer = CsvWriter(buffer, self._columns)
            for record in records:
                writer.row(record)
            return buffer.getvalue().encode("utf-8")
        return "".join(json_line(record) for record in records).encode("utf-8")
