"""``python -m onerecord.sandbox`` / ``onerecord-sandbox``: serve a sandbox until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import socket
import sys
from collections.abc import Sequence

import uvicorn

from .app import create_app
from .auth import DEMO_CREDENTIALS
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
    args = parser.parse_args(argv)
    try:
        parse_faults(args.faults)
    except ValueError as exc:
        parser.error(str(exc))
    return args


def banner(base_url: str) -> str:
    lines = [f"One Record sandbox listening on {base_url}", "Demo credentials (client_id / client_secret):"]
    lines += [f"  {role:<10} {client_id} / {secret}" for role, (client_id, secret) in DEMO_CREDENTIALS.items()]
    lines.append(f"Token: POST {base_url}/authentication/oauth2/token   Control surface: {base_url}/_sandbox/reference")
    return "\n".join(lines)


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
    app = create_app(
        seed=args.seed,
        db=args.db,
        rate_limit=args.rate_limit,
        token_ttl=args.token_ttl,
        faults=args.faults,
        rng_seed=args.rng_seed,
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
        print(banner(f"http://{args.host}:{port}"), flush=True)

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
