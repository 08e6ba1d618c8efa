"""Keeping tokens out of errors, and refusing tokens that could not travel safely in a header.

Kept apart from :mod:`onerecord._auth` (which decides *when* to fetch a token) because these are pure rules about
*what* a token response may put where:

- an access token must be an RFC 6750 ``b64token`` (letters, digits, ``-._~+/``, then ``=`` padding): anything else
  (CR/LF, NUL, spaces, non-ASCII) could split or corrupt the ``Authorization`` header, and would be quoted back in
  the transport's error message; it is refused before use;
- a token response that ends up inside an exception (a refusal, or a 2xx we could not use) must not carry the
  access or refresh token the server put in it: those fields are masked in the body, and the response's content is
  rebuilt from the masked body (or dropped when it is not a JSON object, since a token may then be anywhere in it).
"""

from __future__ import annotations

import contextlib
import json
import re

import httpx

from ._logging import REDACTED

__all__ = ["is_b64token", "redact_token_fields", "token_response_parts", "with_content"]

# RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


def is_b64token(value: str) -> bool:
    """Whether ``value`` may be sent as ``Authorization: Bearer <value>`` (RFC 6750 ``b64token``)."""
    return _B64TOKEN.fullmatch(value) is not None


def _is_secret_key(key: str) -> bool:
    """``access_token``, ``refresh_token``, ``accessToken``, ``client_secret``, ... (not ``token_type``)."""
    name = key.lower().replace("_", "").replace("-", "")
    return name.endswith("token") or "secret" in name or "password" in name


def redact_token_fields(value: object) -> object:
    """``value`` (decoded JSON) with the values of token and secret fields replaced, at any depth."""
    if isinstance(value, dict):
        return {
            k: (REDACTED if isinstance(k, str) and _is_secret_key(k) else redact_token_fields(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_token_fields(v) for v in value]
    return value


def with_content(response: httpx.Response, content: bytes) -> httpx.Response:
    """A copy of a (fully read) ``response`` with another body; headers that describe the old body are dropped."""
    dropped = {"content-length", "content-encoding", "transfer-encoding"}
    copy = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped],
        content=content,
        request=response.request,
        extensions=response.extensions,
    )
    with contextlib.suppress(RuntimeError):  # a response built by hand has no elapsed time
        copy.elapsed = response.elapsed
    return copy


def token_response_parts(response: httpx.Response, body: object) -> tuple[httpx.Response, object]:
    """The response and body an exception about a token response may carry, without the tokens in it.

    A JSON object keeps its shape with token fields masked; anything else from a 2xx answer is dropped (a token may
    be anywhere in it, e.g. a form-encoded answer); the body of a refusal (4xx, 5xx) is kept, since servers put
    their explanation there.
    """
    if isinstance(body, dict | list):
        masked = redact_token_fields(body)
        return with_content(response, json.dumps(masked).encode()), masked
    if response.is_success:
        return with_content(response, b""), None
    return response, body
