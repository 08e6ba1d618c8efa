"""Who may use the control surface (``/_sandbox``): no web page, and with a control token only its holders.

The control surface has no authentication of its own: it resets data, moves the clock, sets faults. A sandbox on
loopback is still reachable from any web page the developer opens, two ways:

- **cross-site requests**: a page can POST to ``http://127.0.0.1:8000/_sandbox/reset`` with a "simple" request
  (``text/plain`` body, no preflight). Refused: a write must say ``Content-Type: application/json`` (which a page
  can only send after a CORS preflight the sandbox never grants), and a request whose ``Origin`` is not the
  sandbox's own, or whose ``Sec-Fetch-Site`` says another site, is refused;
- **DNS rebinding**: a page on ``evil.example`` makes that name resolve to 127.0.0.1 and is then same-origin with
  the sandbox. Its requests still say ``Host: evil.example``: only loopback names and addresses and the host the
  sandbox was started on are accepted (never the wildcard ``0.0.0.0``, which some browsers route to loopback).

A control token (``--control-token``, ``ONERECORD_SANDBOX_CONTROL_TOKEN``, ``create_app(control_token=...)``) is
then required in the ``X-Sandbox-Control-Token`` header, and replaces the ``Host`` check: a sandbox reached by
another name (a container's, a LAN address) is usable by whoever holds the token and by no one else. The public
API is not concerned: it has its own authentication.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import send_json

CONTROL_PREFIX = "/_sandbox"
TOKEN_HEADER = "X-Sandbox-Control-Token"
TOKEN_ENV = "ONERECORD_SANDBOX_CONTROL_TOKEN"
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
_SAME_SITE = frozenset({"same-origin", "none"})


def host_name(host: str) -> str:
    """``"[::1]:8000"`` -> ``"::1"``, ``"Example.org.:80"`` -> ``"example.org"``: the name a Host header names."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    if host.count(":") == 1:
        host = host.partition(":")[0]
    return host.rstrip(".")


def is_loopback(name: str) -> bool:
    """A name or address that always means this machine (``*.localhost`` included, RFC 6761)."""
    name = host_name(name)
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(name: str) -> bool:
    try:
        return ipaddress.ip_address(host_name(name)).is_unspecified
    except ValueError:
        return False


class ControlAccessMiddleware:
    """Refuses control-surface requests from web pages and, per the module docstring, from unknown hosts."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] = (), control_token: str | None = None) -> None:
        self.app = app
        self.allowed_hosts = frozenset(host_name(h) for h in allowed_hosts if h and not is_wildcard(h))
        self._token = control_token.encode() if control_token else None

    def __repr__(self) -> str:  # never the token
        return f"ControlAccessMiddleware(allowed_hosts={sorted(self.allowed_hosts)}, token={self._token is not None})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(CONTROL_PREFIX):
            refusal = self.refusal(scope)
            if refusal is not None:
                await send_json(send, refusal[0], {"message": refusal[1]})
                return
        await self.app(scope, receive, send)

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        """``(status, message)`` if the request must be refused, else None."""
        headers: dict[bytes, bytes] = {}
        for name, value in scope["headers"]:
            headers.setdefault(name, value)
        host = headers.get(b"host", b"").decode("latin-1")
        if self._token is not None:
            given = headers.get(TOKEN_HEADER.lower().encode(), b"")
            if not hmac.compare_digest(given, self._token):
                return 401, f"The control surface requires this sandbox's control token in the {TOKEN_HEADER} header"
        elif host and not (is_loopback(host) or host_name(host) in self.allowed_hosts):
            return 403, (
                f"Host {host_name(host)!r} is not a name of this sandbox: the control surface answers loopback names "
                "and the host it was started on (start it with --control-token to allow any name with the token)"
            )
        origin = headers.get(b"origin")
        if origin is not None and origin.decode("latin-1").lower() != f"{scope['scheme']}://{host}".lower():
            return 403, "Cross-origin requests to the control surface are refused"
        if headers.get(b"sec-fetch-site", b"none").decode("latin-1").lower() not in _SAME_SITE:
            return 403, "Cross-site requests to the control surface are refused"
        if scope["method"] not in _READS:
            media_type = headers.get(b"content-type", b"").decode("latin-1").partition(";")[0].strip().lower()
            if media_type != "application/json":
                return 415, "The control surface takes JSON: send the body with Content-Type: application/json"
        return None
