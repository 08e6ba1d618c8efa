"""``--debug``: the HTTP exchange on stderr, with every secret replaced by ``***``.

The exchange is traced with httpx event hooks on the CLI's HTTP client, so token requests (sent by the facade's
auth flow through the same client) are shown too. Redaction works twice:

- by name: headers (``Authorization``, ``Cookie``...), and form, query and JSON keys whose name says secret in any
  spelling (``client_secret``, ``clientSecret``, ``client-secret``, ``accessToken``, ``refresh_token``...);
- by value: the configured client secret and every token seen in a response, in every encoding it may take on the
  way (raw, URL-encoded, JSON-escaped, base64 including the ``Basic`` form ``base64(id:secret)``), so a secret
  echoed somewhere unexpected is still masked.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    import httpx

MASK = "***"
SECRET_HEADERS = frozenset({"authorization", "proxyauthorization", "cookie", "setcookie", "xapikey", "apikey"})
# Key names, lower case without separators: client_secret, clientSecret and client-secret all become clientsecret.
SECRET_KEYS = frozenset(
    {"clientsecret", "accesstoken", "refreshtoken", "idtoken", "password", "secret", "token", "assertion", "apikey"}
)
SECRET_SUFFIXES = ("secret", "token", "password", "apikey")
MAX_BODY = 4000


def _normal(key: str) -> str:
    return re.sub(r"[-_\s.]", "", key).lower()


def is_secret_key(key: object) -> bool:
    """Whether a key names a secret, whatever its spelling (snake, camel, kebab or upper case)."""
    if not isinstance(key, str):
        return False
    normal = _normal(key)
    return normal in SECRET_KEYS or normal.endswith(SECRET_SUFFIXES)


def encodings(value: str) -> set[str]:
    """The forms a secret takes in a URL, a form, a JSON text or a base64 header."""
    forms = {value, quote(value, safe=""), quote(value), quote_plus(value)}
    for escaped in (json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]):
        forms |= {escaped, escaped.replace("/", "\\/")}
    raw = value.encode()
    for encoded in (base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()):
        forms |= {encoded, encoded.rstrip("=")}
    return {form for form in forms if len(form) >= 4}


class Redactor:
    """Masks secrets by name and by value; values learnt from responses (new tokens) are masked from then on."""

    def __init__(self, secrets: Iterable[str | None], *, client_id: str | None = None) -> None:
        self._values: set[str] = set()
        self._client_ids: set[str] = {client_id} if client_id else set()
        self._secrets: set[str] = set()
        for value in secrets:
            self.learn(value)

    def learn(self, value: object) -> None:
        if not isinstance(value, str) or len(value) < 4:
            return
        self._secrets.add(value)
        self._values |= encodings(value)
        for client_id in self._client_ids:
            self._learn_basic(client_id, value)

    def learn_client_id(self, client_id: str | None) -> None:
        """Not a secret, but HTTP Basic encodes it with the secret: ``base64(id:secret)`` must be masked too."""
        if client_id and client_id not in self._client_ids:
            self._client_ids.add(client_id)
            for secret in self._secrets:
                self._learn_basic(client_id, secret)

    def _learn_basic(self, client_id: str, secret: str) -> None:
        for pair in (f"{client_id}:{secret}", f"{quote_plus(client_id)}:{quote_plus(secret)}"):
            for encoded in (base64.b64encode(pair.encode()).decode(), base64.urlsafe_b64encode(pair.encode()).decode()):
                self._values |= {encoded, encoded.rstrip("="), quote(encoded, safe="")}

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
        if _normal(name) in SECRET_HEADERS or is_secret_key(name):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            return f"{scheme} {MASK}".strip()
        return self.text(value)

    def url(self, url: str) -> str:
        """A URL with secret-named query parameters masked (``?access_token=...``), then masked by value."""
        parts = urlsplit(url)
        if parts.query:
            url = urlunsplit(parts._replace(query=self._form(parts.query)))
        return self.text(url)

    def body(self, content: bytes, content_type: str) -> str:
        text = content.decode("utf-8", errors="replace")
        if "x-www-form-urlencoded" in content_type:
            text = self._form(text)
        elif "json" in content_type:
            with contextlib.suppress(ValueError):
                text = json.dumps(self._mask_json(json.loads(text)), ensure_ascii=False)
        text = self.text(text)
        if len(text) > MAX_BODY:
            text = text[:MAX_BODY] + f"... ({len(text) - MAX_BODY} more characters)"
        return text

    def _form(self, text: str) -> str:
        pairs = parse_qsl(text, keep_blank_values=True)
        for key, value in pairs:
            if is_secret_key(key):
                self.learn(value)
            elif _normal(key) == "clientid":
                self.learn_client_id(value)
        return urlencode([(k, MASK if is_secret_key(k) else v) for k, v in pairs], safe="*")

    def _mask_json(self, value: object) -> object:
        if isinstance(value, dict):
            masked: dict[str, object] = {}
            for key, item in value.items():
                if is_secret_key(key) and not isinstance(item, dict | list):
                    self.learn(item)
                    masked[key] = MASK
                else:
                    masked[key] = self._mask_json(item)
            return masked
        if isinstance(value, list):
            return [self._mask_json(item) for item in value]
        return value


_TOKEN_PATTERN = re.compile(r"(?i)\b((?:bearer|basic)\s+)[^\s\"']+")


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
        lines = [f"> {request.method} {self._redactor.url(str(request.url))}"]
        lines += [f"> {name}: {self._redactor.header(name, value)}" for name, value in request.headers.items()]
        import httpx

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
