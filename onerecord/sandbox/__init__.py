"""A local, stateful One Record server for tests, demos and users' CI.

It keeps shipments in SQLite, enforces the documented business rules, rate limit and errors, and exposes a
control surface (``/_sandbox``) for what only the warehouse can do. See ``onerecord/sandbox/README.md``.
Needs the ``sandbox`` extra: ``pip install 'technema-onerecord[sandbox]'``.
"""

from __future__ import annotations

try:
    import jsonschema  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in an environment without the extra
    raise ImportError(
        "onerecord.sandbox needs the 'sandbox' extra (Starlette, uvicorn and jsonschema): "
        "pip install 'technema-onerecord[sandbox]'"
    ) from exc

from .app import create_app
from .auth import DEMO_CREDENTIALS
from .control_client import SandboxControl, SandboxControlError
from .server import Sandbox
from .transport import AsyncSandboxTransport, SandboxTransport

__all__ = [
    "DEMO_CREDENTIALS",
    "AsyncSandboxTransport",
    "Sandbox",
    "SandboxControl",
    "SandboxControlError",
    "SandboxTransport",
    "create_app",
]
