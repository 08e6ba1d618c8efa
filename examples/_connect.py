"""Where the examples send their requests: the real API when ``ONERECORD_*`` is set, else a local sandbox.

Shared by the examples so that each one can focus on its own job. With ``ONERECORD_CLIENT_ID`` and
``ONERECORD_CLIENT_SECRET`` in the environment (and optionally ``ONERECORD_BASE_URL``), the clients read their
configuration from there, as any program using the package would. Otherwise a sandbox (``pip install
'technema-onerecord[sandbox]'``) is started on a free loopback port for the duration of the example, and the example
logs in as the sandbox's ``demo-forwarder`` client.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onerecord.sandbox import Sandbox

ENV_VARIABLES = ("ONERECORD_CLIENT_ID", "ONERECORD_CLIENT_SECRET")


@dataclass(frozen=True)
class Target:
    """The client arguments for the chosen server; ``None`` means "read it from the environment"."""

    client_id: str | None
    client_secret: str | None
    base_url: str | None
    sandbox: Sandbox | None
    sandbox_label: str = ""

    @property
    def is_sandbox(self) -> bool:
        return self.sandbox is not None

    def describe(self) -> str:
        """A line for the user; never shows the secret, nor the sandbox's port (so output is the same every run)."""
        if self.sandbox is not None:
            return f"a local sandbox ({self.sandbox_label}), as demo-forwarder"
        base_url = self.base_url or os.environ.get("ONERECORD_BASE_URL") or "the default base URL"
        return f"{base_url}, as {os.environ.get('ONERECORD_CLIENT_ID', '?')} (from ONERECORD_* variables)"


def live_api_configured() -> bool:
    """True when the user asked for the real API by setting its credentials in the environment."""
    return any(os.environ.get(name) for name in ENV_VARIABLES)


@contextmanager
def api_target(*, seed: str = "demo", rate_limit: float = 5.0) -> Iterator[Target]:
    """Yield the :class:`Target` to connect to; a sandbox started here is stopped when the block ends.

    ``seed`` and ``rate_limit`` (requests per second per client, 0 for none) only apply to the sandbox.
    """
    if live_api_configured():
        yield Target(client_id=None, client_secret=None, base_url=None, sandbox=None)
        return
    from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox  # the sandbox extra is needed only in this branch

    client_id, client_secret = DEMO_CREDENTIALS["forwarder"]
    data = "demo data" if seed == "demo" else "no data"
    limit = f"{rate_limit:g} requests/s limit like the real API" if rate_limit else "no rate limit"
    with Sandbox(seed=seed, rate_limit=rate_limit) as sandbox:
        yield Target(client_id, client_secret, sandbox.base_url, sandbox, f"{data}, {limit}")
