"""``python -m onerecord.sandbox`` / ``onerecord-sandbox``: serve a sandbox until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import sys
from collections.abc import Sequence

import uvicorn

from .app import create_app
from .auth import DEMO_CREDENTIALS
from .boundary import DEFAULT_MAX_BODY_BYTES
from .control_access import TOKEN_ENV, TOKEN_HEADER, is_loopback, is_wildcard
from .faults import parse_faults
from .server import quiet_uvicorn_resets


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="onerecord-sandbox", description="A local, stateful One Record API.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    parser.add_argument("--db", default=":memory:", help="SQLite file keeping data across restarts (default: memory)")
    parser.add_argument("--seed", choices=("demo", "empty"), default="demo", help="initial data (default demo)")
    parser.add_argument("--rate-limit", type=float, default=5.0, help="requests per second per client, 0 = off")
    parser.add_argument("--token-ttl", type=int, default=1800, help="access token lifetime in seconds")
    parser.add_argument(
        "--faults", default=None, help='injected failures, e.g. "500:0.05,503:0.05,reset:0.02,slow:0.02"'
    )
    parser.add_argument("--rng-seed", type=int, default=None, help="seed of the fault and identifier RNG")
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        help=f"largest request body accepted, larger ones get 413 (default {DEFAULT_MAX_BODY_BYTES}; 0 = no limit)",
    )
    parser.add_argument(
        "--control-token",
        default=os.environ.get(TOKEN_ENV) or None,
        help=f"require this token in the {TOKEN_HEADER} header of control-surface requests "
        f"(default: ${TOKEN_ENV}, which keeps it out of the process list)",
    )
    args = parser.parse_args(argv)
    try:
        parse_faults(args.faults)
    except ValueError as exc:
        parser.error(str(exc))
    if args.max_body_bytes < 0:
        parser.error("--max-body-bytes must be 0 (no limit) or more")
    return args


def exposure_warning(host: str, control_token: str | None) -> str | None:
    """What to tell the user who serves the sandbox beyond loopback (None on loopback)."""
    if is_loopback(host):
        return None
    lines = [
        f"warning: --host {host} makes the sandbox reachable from other machines. Its demo credentials are public:",
        "  anyone who can reach it can read and change its data.",
    ]
    names = "a loopback host" if is_wildcard(host) else f"a loopback host or {host!r}"
    if control_token:
        lines.append(f"  The control surface (/_sandbox) requires the control token ({TOKEN_HEADER} header).")
    else:
        lines += [
            "  The control surface (/_sandbox: reset, clock, faults) has no authentication: it answers only requests",
            f"  naming {names}, which any client can claim. To require a token, restart with",
            f"  {TOKEN_ENV}={secrets.token_urlsafe(24)} (or --control-token);",
            "  SandboxControl reads the same variable.",
        ]
    return "\n".join(lines)


def banner(base_url: str, local_url: str | None = None) -> str:
    """The startup text; ``local_url`` (default ``base_url``) is the address to use from this machine."""
    local_url = local_url or base_url
    lines = [f"One Record sandbox listening on {base_url}", "Demo credentials (client_id / client_secret):"]
    lines += [f"  {role:<10} {client_id} / {secret}" for role, (client_id, secret) in DEMO_CREDENTIALS.items()]
    lines.append(
        f"Token: POST {local_url}/authentication/oauth2/token   Control surface: {local_url}/_sandbox/reference"
    )
    return "\n".join(lines)


def local_host(host: str) -> str:
    """The URL host to use from this machine: a wildcard address is not one a client (or the control surface,
    which refuses it as a Host name) should use."""
    if is_wildcard(host) or not host:
        return "[::1]" if ":" in host else "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a busy port is one clear error line, not uvicorn's log and exit 3."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on connections whose socket says TCP, and without it every
    # small response waits ~40 ms for the client's delayed ACK.
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
    except OSError:
        listener.close()
        raise
    return listener


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if (warning := exposure_warning(args.host, args.control_token)) is not None:
        print(warning, file=sys.stderr, flush=True)
    app = create_app(
        seed=args.seed,
        db=args.db,
        rate_limit=args.rate_limit,
        token_ttl=args.token_ttl,
        faults=args.faults,
        rng_seed=args.rng_seed,
        max_body_bytes=args.max_body_bytes,
        control_token=args.control_token,
        allowed_hosts=(args.host,),
    )
    try:
        listener = _listen(args.host, args.port)
    except OSError as exc:
        app.state.sandbox.store.close()
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    quiet_uvicorn_resets()
    original_startup = server.startup

    async def startup(sockets: list[socket.socket] | None = None) -> None:
        await original_startup(sockets=sockets)
        port = server.servers[0].sockets[0].getsockname()[1] if server.servers else args.port
        shown = f"[{args.host}]" if ":" in args.host else args.host
        print(banner(f"http://{shown}:{port}", f"http://{local_host(args.host)}:{port}"), flush=True)

    server.startup = startup  # type: ignore[method-assign]
    # uvicorn turns SIGINT/SIGTERM into a graceful shutdown, then re-raises the signal to the handlers it found:
    # these no-op ones make that re-raise harmless, so the process ends normally with status 0.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: None)
    server.run(sockets=[listener])
    app.state.sandbox.store.close()
    print("Sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
