"""The ``onerecord`` logger: one line per HTTP request, secrets never written.

Set ``ONERECORD_LOG=info`` (one line per request) or ``ONERECORD_LOG=debug`` (plus redacted request headers) to get
output on stderr without configuring :mod:`logging` yourself; otherwise the logger follows your own configuration.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterable, Mapping

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "escape_controls",
    "log_request",
    "logger",
    "redact_headers",
    "setup_logging",
]

logger = logging.getLogger("onerecord")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
REDACTED = "<redacted>"

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators: whatever a terminal or a log viewer may
# take as the end of a line (or as a command). A path segment such as ``"CDG\n[...] INFO forged"`` must stay on its
# own line, visibly escaped.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

_setup_lock = threading.Lock()
_handler: logging.Handler | None = None


def setup_logging(env: Mapping[str, str] | None = None) -> None:
    """Apply ``ONERECORD_LOG`` once: set the logger's level and attach a stderr handler (never a second one)."""
    global _handler
    level_name = (os.environ if env is None else env).get("ONERECORD_LOG", "").strip().lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(level_name)
    if level is None:
        return
    with _setup_lock:
        logger.setLevel(level)
        if _handler is None:
            _handler = logging.StreamHandler()
            _handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(levelname)s] %(message)s"))
            _handler.addFilter(_unless_the_application_logs)
            logger.addHandler(_handler)


def _unless_the_application_logs(record: logging.LogRecord) -> bool:
    """Our stderr handler stands back once the application has configured logging (a root handler exists): the
    line then reaches the application's own handlers through propagation, and must not be printed twice. Decided
    per line, so the order in which the application and the client are set up does not matter."""
    return not logging.getLogger().handlers


def escape_controls(text: str) -> str:
    """``text`` with control characters written as ``\\xNN`` / ``\\uNNNN``, so a value cannot forge a log line."""
    return _CONTROLS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# Headers a caller adds (``default_headers``) may carry a gateway's key or a session: names that look like a credential
# are redacted too. A harmless header hidden by mistake costs little; a key in a log file costs a rotation.
_CREDENTIAL_NAME = re.compile(r"auth|token|secret|key|passw|session|cookie|signature|credential", re.IGNORECASE)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers as a dict with credentials replaced by a placeholder, for debug output."""
    return {
        name: (REDACTED if name.lower() in SENSITIVE_HEADERS or _CREDENTIAL_NAME.search(name) else value)
        for name, value in headers
    }


def log_request(
    method: str,
    path: str,
    *,
    status: int | None,
    elapsed: float,
    retries: int,
    error: str | None = None,
) -> None:
    """One line per attempt: method, path (never the query, never a body), status or error, time, retry count."""
    if not logger.isEnabledFor(logging.INFO):
        return
    outcome = str(status) if status is not None else f"failed ({error})"
    method, path, outcome = escape_controls(method), escape_controls(path), escape_controls(outcome)
    logger.info("%s %s -> %s in %.1f ms (retry %d)", method, path, outcome, elapsed * 1000.0, retries)


def log_request_headers(method: str, path: str, headers: Iterable[tuple[str, str]]) -> None:
    """Debug line with the outgoing headers, ``Authorization`` and cookies redacted."""
    if logger.isEnabledFor(logging.DEBUG):
        line_headers = escape_controls(repr(redact_headers(headers)))
        logger.debug("%s %s headers=%s", escape_controls(method), escape_controls(path), line_headers)
