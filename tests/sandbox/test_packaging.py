"""Import boundaries, transports and the command line (a real process, real signals, a real database file)."""

from __future__ import annotations

import inspect
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from onerecord.sandbox import DEMO_CREDENTIALS, AsyncSandboxTransport, Sandbox, SandboxTransport, create_app


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_import_onerecord_never_imports_starlette() -> None:
    result = run_python("import sys, onerecord; print('starlette' in sys.modules, 'uvicorn' in sys.modules)")
    assert result.stdout.strip() == "False False"


def test_missing_extra_gives_a_clear_import_error() -> None:
    result = run_python("import sys; sys.modules['starlette'] = None; import onerecord.sandbox")
    assert result.returncode != 0
    assert "pip install 'technema-onerecord[sandbox]'" in result.stderr


@pytest.mark.anyio
async def test_async_transport_serves_the_app() -> None:
    transport = AsyncSandboxTransport(seed="empty", rate_limit=0)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        client_id, secret = DEMO_CREDENTIALS["shipper"]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token = (await client.post("/authentication/oauth2/token", data=form)).json()["access_token"]
        response = await client.get("/shipment", headers={"Authorization": f"Bearer {token}"})
    assert response.json() == {"data": [], "metadata": {"next": None}}


def test_unknown_routes_and_methods_answer_json() -> None:
    with httpx.Client(transport=SandboxTransport(create_app(seed="empty")), base_url="http://localhost") as client:
        missing = client.get("/nowhere")
        assert missing.status_code == 404 and missing.json()["message"]
        wrong = client.patch("/shipment")
        assert wrong.status_code == 405 and wrong.json()["message"]


class Server:
    """``python -m onerecord.sandbox`` in a subprocess, read until its banner."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "onerecord.sandbox", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        self.banner: list[str] = []
        for line in self.process.stdout:
            self.banner.append(line)
            if line.startswith("Token:"):
                break
        self.base_url = self.banner[0].split()[-1]

    def token(self, role: str = "forwarder") -> str:
        client_id, secret = DEMO_CREDENTIALS[role]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token: str = httpx.post(f"{self.base_url}/authentication/oauth2/token", data=form).json()["access_token"]
        return token

    def stop(self, signum: int) -> tuple[int, str]:
        self.process.send_signal(signum)
        out, _ = self.process.communicate(timeout=20)
        return self.process.returncode, out


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_url_and_credentials_and_stops_cleanly(signum: int) -> None:
    server = Server("--seed", "empty", "--rate-limit", "0")
    banner = "".join(server.banner)
    assert server.base_url.startswith("http://127.0.0.1:")
    for client_id, secret in DEMO_CREDENTIALS.values():
        assert f"{client_id} / {secret}" in banner
    assert server.token()
    code, out = server.stop(signum)
    assert code == 0
    assert "Sandbox stopped." in out and "Traceback" not in out


def test_cli_db_file_keeps_data_across_restarts(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    first = Server("--db", db, "--seed", "empty", "--rate-limit", "0")
    headers = {"Authorization": f"Bearer {first.token()}"}
    body = {
        "orderReference": "I-ONERECORD",
        "departure": "JFK",
        "departureCountry": "US",
        "arrival": "CDG",
        "arrivalCountry": "FR",
        "quantityExpected": 1,
    }
    shipment_id = httpx.post(f"{first.base_url}/shipment", json=body, headers=headers).json()["shipmentId"]
    assert first.stop(signal.SIGTERM)[0] == 0

    second = Server("--db", db, "--seed", "demo", "--rate-limit", "0")  # an existing file is not reseeded
    headers = {"Authorization": f"Bearer {second.token()}"}
    listed = httpx.get(f"{second.base_url}/shipment", headers=headers).json()["data"]
    assert [s["shipmentId"] for s in listed] == [shipment_id]
    assert second.stop(signal.SIGINT)[0] == 0


def test_console_script_without_the_extra_is_one_line_not_a_traceback() -> None:
    result = run_python(
        "import sys; sys.modules['starlette'] = None; from onerecord._entry_points import sandbox; sandbox()"
    )
    assert result.returncode == 1
    assert result.stderr == "error: the sandbox needs its extra: pip install 'technema-onerecord[sandbox]'\n"


def test_cli_on_a_busy_port_says_so_in_one_line() -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "onerecord.sandbox", "--port", str(port), "--seed", "empty"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: ")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_cli_refuses_a_bad_fault_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "onerecord.sandbox", "--faults", "teapot:0.5"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "unknown fault" in result.stderr


def test_a_kept_database_with_a_fixed_rng_seed_never_reuses_ids(tmp_path: Path) -> None:
    db = str(tmp_path / "kept.db")
    body = {
        "orderReference": "E-ONERECORD",
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "NRT",
        "arrivalCountry": "JP",
        "quantityExpected": 1,
    }
    created = []
    for _ in range(2):
        app = create_app(seed="empty", db=db, rate_limit=0, rng_seed=1)
        with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as client:
            client_id, secret = DEMO_CREDENTIALS["forwarder"]
            form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
            token = client.post("/authentication/oauth2/token", data=form).json()["access_token"]
            response = client.post("/shipment", json=body, headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 201, response.text
            created.append(response.json()["shipmentId"])
        app.state.sandbox.store.close()
    assert created[0] != created[1]


def test_sandbox_takes_create_apps_options_as_typed_keywords() -> None:
    """``Sandbox`` spells out every option of ``create_app`` (same defaults, same types) instead of ``**options``."""
    app_params = inspect.signature(create_app).parameters
    sandbox_params = inspect.signature(Sandbox).parameters
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in sandbox_params.values())
    for name, param in app_params.items():
        assert name in sandbox_params, name
        assert sandbox_params[name].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert (sandbox_params[name].default, sandbox_params[name].annotation) == (param.default, param.annotation)


def test_sandbox_passes_its_options_to_the_app() -> None:
    sandbox = Sandbox(seed="empty", rate_limit=0, token_ttl=60, faults="500:1", rng_seed=3, slow_seconds=0.5)
    state = sandbox.app.state.sandbox  # type: ignore[attr-defined]
    assert (state.limiter.rate, state.tokens.ttl, state.faults.rates, state.faults.slow_seconds) == (
        0,
        60,
        {"500": 1.0},
        0.5,
    )
    assert state.store.is_empty() is False
    sandbox.stop()


def test_a_stopped_sandbox_releases_its_database_file(tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    with Sandbox(seed="empty", db=str(db), rate_limit=0) as sandbox:
        store = sandbox.app.state.sandbox.store  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.ProgrammingError):
        store.is_empty()  # closed: the file (and its WAL) is no longer held open
    with Sandbox(seed="demo", db=str(db), rate_limit=0) as again:
        assert again.app.state.sandbox.store.is_empty() is False  # type: ignore[attr-defined]


def test_a_sandbox_leaves_an_app_it_was_given_open() -> None:
    app = create_app(seed="empty", rate_limit=0)
    with Sandbox(app):
        pass
    assert app.state.sandbox.store.is_empty() is False


def test_listening_sockets_say_tcp_so_answers_are_not_held_by_nagle() -> None:
    """asyncio sets TCP_NODELAY only on sockets whose protocol is IPPROTO_TCP; with 0, every small answer of a live
    sandbox waited ~40 ms for the client's delayed ACK (measured: 44 ms instead of 0.9 ms per request)."""
    import socket

    from onerecord.sandbox.__main__ import _listen

    listener = _listen("127.0.0.1", 0)
    try:
        assert listener.proto == socket.IPPROTO_TCP
    finally:
        listener.close()
    with Sandbox(seed="empty", rate_limit=0) as sandbox:
        assert sandbox._socket.proto == socket.IPPROTO_TCP
