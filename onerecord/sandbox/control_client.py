"""``SandboxControl``: a small Python client of the control surface (``/_sandbox``), for tests and demos."""

from __future__ import annotations

import os
from types import TracebackType
from typing import Any

import httpx

from .control_access import TOKEN_ENV, TOKEN_HEADER


class SandboxControlError(Exception):
    """The control surface refused a request (e.g. 409: that event cannot follow the current one)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


def _camel_case(name: str) -> str:
    """``gross_weight_real`` -> ``grossWeightReal``; a name already in camelCase is returned as it is."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class SandboxControl:
    """Moves shipments along their timeline and steers the sandbox.

    ``SandboxControl("http://127.0.0.1:8000")`` for a running sandbox, or ``SandboxControl(transport)`` with a
    ``SandboxTransport`` for an in-process one. ``control_token`` (default: ``ONERECORD_SANDBOX_CONTROL_TOKEN``) is
    sent in the ``X-Sandbox-Control-Token`` header, for a sandbox started with ``--control-token``.
    """

    def __init__(
        self, target: str | httpx.BaseTransport, *, timeout: float = 10.0, control_token: str | None = None
    ) -> None:
        token = control_token or os.environ.get(TOKEN_ENV) or None
        headers = {TOKEN_HEADER: token} if token else {}
        if isinstance(target, str):
            self._client = httpx.Client(base_url=target, timeout=timeout, headers=headers)
        else:
            self._client = httpx.Client(transport=target, base_url="http://localhost", timeout=timeout, headers=headers)

    def __repr__(self) -> str:  # the base URL only: never the token
        return f"SandboxControl({str(self._client.base_url)!r})"

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._client.request(method, f"/_sandbox{path}", json=body)
        if response.status_code >= 400:
            body = response.json()
            details = [e["message"] for e in body.get("errors", [])]
            message = body.get("message", response.text) + (": " + "; ".join(details) if details else "")
            raise SandboxControlError(response.status_code, message)
        return response.json()

    def reference(self) -> dict[str, Any]:
        """Event types, service type ids, anomaly categories with their types, places, quantity types."""
        result: dict[str, Any] = self._call("GET", "/reference")
        return result

    def status(self, shipment_id: str) -> dict[str, Any]:
        """Kind, events, next possible events and the fields a PUT may change now."""
        result: dict[str, Any] = self._call("GET", f"/shipments/{shipment_id}")
        return result

    def record_event(self, shipment_id: str, event_type: str, **measurement: float | str | None) -> dict[str, Any]:
        """Record one warehouse event; MEASUREMENT takes the measured values as keywords.

        Both the API's spelling (``grossWeightReal=12.5``) and Python's (``gross_weight_real=12.5``, as the facade
        names its fields) are accepted; an unknown name is refused by the sandbox (422) rather than ignored.
        """
        body: dict[str, Any] = {"type": event_type}
        if measurement:
            body["measurement"] = {_camel_case(name): value for name, value in measurement.items()}
        result: dict[str, Any] = self._call("POST", f"/shipments/{shipment_id}/events", body)
        return result

    def advance(self, shipment_id: str, to: str) -> dict[str, Any]:
        """Record every usual event up to ``to``; the answer lists them under ``recorded``."""
        result: dict[str, Any] = self._call("POST", f"/shipments/{shipment_id}/advance", {"to": to})
        return result

    def advance_clock(self, seconds: float) -> str:
        """Move the sandbox's time forward (e.g. past a token's lifetime); returns the new time."""
        now: str = self._call("POST", "/clock", {"advance": seconds})["now"]
        return now

    def set_rate_limit(self, rate: float) -> None:
        self._call("PUT", "/rate-limit", {"rate": rate})

    def set_faults(self, spec: str | None, seed: int | None = None) -> None:
        self._call("PUT", "/faults", {"spec": spec, "seed": seed})

    def reset(self, seed: str = "demo") -> int:
        """Wipe every shipment and seed again; returns the number of shipments."""
        count: int = self._call("POST", "/reset", {"seed": seed})["shipments"]
        return count

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SandboxControl:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
