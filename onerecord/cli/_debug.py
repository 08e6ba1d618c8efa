"""``--debug``: the HTTP exchange on stderr, with every secret replaced by ``***``.

The exchange is traced with httpx event hooks on the CLI's HTTP client, so token requests (sent by the facade's
auth flow through the same client) are shown too. Redaction works twice: by name (``Authorization``, form field
``client_secret``, JSON keys ``access_token``/``refresh_token``...) and by value (the configured client secret and
every token seen in a response), so a secret echoed somewhere unexpected is still masked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode

import httpx

MASK = "***"
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
SECRET_KEYS = frozenset(
    {"client_secret", "access_token", "refresh_token", "id_token", "password", "secret", "token", "assertion"}
)
MAX_BODY = 4000


class Redactor:
    """Masks secrets by name and by value; values learnt from responses (new tokens) are masked from then on."""

    def __init__(self, secrets: list[str | None]) -> None:
        self._values: set[str] = {value for value in secrets if value}

    def learn(self, value: object) -> None:
        if isinstance(value, str) and len(value) >= 4:
            self._values.add(value)

    def learn_from_token_response(self, response: httpx.Response) -> None:
        """Remember the tokens a token endpoint hands out, so that any later message quoting them is masked.

        Installed as a response hook on the CLI's HTTP client with or without ``--debug``: an exception's text can
        quote a token, and the error line must not show it either.
        """
        if response.request.url.path.endswith("/oauth2/token"):
            response.read()
            with contextlib.suppress(ValueError):
                self._mask_json(json.loads(response.content))

    def text(self, text: str) -> str:
        for value in sorted(self._values, key=len, reverse=True):
            text = text.replace(value, MASK)
        return text

    def header(self, name: str, value: str) -> str:
        if name.lower() in SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            return f"{scheme} {MASK}".strip()
        return self.text(value)

    def body(self, content: bytes, content_type: str) -> str:
        text = content.decode("utf-8", errors="replace")
        if "x-www-form-urlencoded" in content_type:
            pairs = [(k, MASK if k.lower() in SECRET_KEYS else v) for k, v in parse_qsl(text, keep_blank_values=True)]
            text = urlencode(pairs, safe="*")
        elif "json" in content_type:
            with contextlib.suppress(ValueError):
                text = json.dumps(self._mask_json(json.loads(text)), ensure_ascii=False)
        text = self.text(text)
        if len(text) > MAX_BODY:
            text = text[:MAX_BODY] + f"... ({len(text) - MAX_BODY} more characters)"
        return text

    def _mask_json(self, value: object) -> object:
        if isinstance(value, dict):
            masked: dict[str, object] = {}
            for key, item in value.items():
                if isinstance(key, str) and key.lower() in SECRET_KEYS:
                    self.learn(item)
                    masked[key] = MASK
                else:
                    masked[key] = self._mask_json(item)
            return masked
        if isinstance(value, list):
            return [self._mask_json(item) for item in value]
        return value


_TOKEN_PATTERN = re.compile(r"(?i)(bearer\s+)[^\s\"']+")


class ExchangeTracer:
    """Event hooks that print each request and response through ``write`` (stderr in the CLI)."""

    def __init__(self, redactor: Redactor, write: Callable[[str], None]) -> None:
        self._redactor = redactor
        self._write = write

    def install(self, client: httpx.Client) -> None:
        hooks = client.event_hooks
        hooks.setdefault("request", []).append(self.on_request)
        hooks.setdefault("response", []).append(self.on_response)
        client.event_hooks = hooks

    def on_request(self, request: httpx.Request) -> None:
        lines = [f"> {request.method} {self._redactor.text(str(request.url))}"]
        lines += [f"> {name}: {self._redactor.header(name, value)}" for name, value in request.headers.items()]
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = b""
        if content:
            lines.append(">")
            lines.append("> " + self._redactor.body(content, request.headers.get("content-type", "")))
        self._emit(lines)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        # Learn the tokens before printing anything: later requests carry them in headers we also mask by name.
        body = self._redactor.body(response.content, response.headers.get("content-type", ""))
        lines = [f"< {response.status_code} {response.reason_phrase}"]
        lines += [f"< {name}: {self._redactor.header(name, value)}" for name, value in response.headers.items()]
        if body:
            lines.append("<")
            lines.append("< " + body)
        self._emit(lines)

    def _emit(self, lines: list[str]) -> None:
        for line in lines:
            # Safety net: whatever follows "Bearer" is masked even outside the Authorization header.
            self._write(_TOKEN_PATTERN.sub(rf"\g<1>{MASK}", line))


class _WriterHandler(logging.Handler):
    def __init__(self, write: Callable[[str], None], redactor: Redactor) -> None:
        super().__init__(logging.DEBUG)
        self._write = write
        self._redactor = redactor

    def emit(self, record: logging.LogRecord) -> None:
        self._write(self._redactor.text(f"[{record.levelname.lower()}] {record.getMessage()}"))


def enable_library_logging(write: Callable[[str], None], redactor: Redactor) -> Callable[[], None]:
    """Show the facade's own log lines (one per attempt: status, time, retries); returns the function that undoes it.

    INFO, not DEBUG: the facade's debug lines repeat the request headers the trace already shows.
    """
    logger = logging.getLogger("onerecord")
    handler = _WriterHandler(write, redactor)
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous)

    return undo
