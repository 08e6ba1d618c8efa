"""Record HTTP cassettes of One Record traffic without leaking credentials.

For users who test their integration with vcrpy or pytest-recording::

    from onerecord.recording import vcr_config as onerecord_vcr_config

    @pytest.fixture(scope="module")
    def vcr_config():
        return onerecord_vcr_config()

The configuration drops the ``Authorization`` header, replaces the ``client_secret`` form field and the access and
refresh tokens of token responses with ``REDACTED``. :func:`find_leaks` is the matching check: run it over your
cassette folder in a test so a secret that slipped through fails the build. Only the standard library is used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["REDACTED", "SEEDED_SECRETS", "find_leaks", "scan_cassettes", "scrub_response", "vcr_config"]

REDACTED = "REDACTED"
TOKEN_FIELDS = ("access_token", "refresh_token", "id_token")

# The sandbox's demo secrets follow one rule (`<client_id>-secret`). A real secret has no known shape, so the
# recorder scrubs by field name and the scanner looks for anything token-like still sitting in those fields.
SEEDED_SECRETS = tuple(
    f"demo-{role}-secret" for role in ("forwarder", "shipper", "warehouse", "agent", "consignee", "customer")
)

_LEAK_PATTERNS = {
    "bearer token": re.compile(r"Bearer\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{4,}"),
    "access token": re.compile(r'access_token\\?"\s*:\s*\\?"(?!REDACTED\\?")[^"\\]+'),
    "refresh token": re.compile(r'refresh_token\\?"\s*:\s*\\?"(?!REDACTED\\?")[^"\\]+'),
    "client secret in a form": re.compile(r"client_secret=(?!REDACTED\b)[^&\s'\"]+"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
}


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy ``before_record_response`` hook: replace token values in JSON bodies with ``REDACTED``."""
    body = response.get("body", {})
    raw = body.get("string")
    if not raw:
        return response
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return response
    if isinstance(data, dict) and any(field in data for field in TOKEN_FIELDS):
        for field in TOKEN_FIELDS:
            if field in data:
                data[field] = REDACTED
        encoded = json.dumps(data)
        body["string"] = encoded.encode() if isinstance(raw, bytes) else encoded
    return response


def vcr_config(
    *,
    before_record_request: Callable[[Any], Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A vcrpy configuration that keeps credentials out of cassettes (see the module docstring)."""
    config: dict[str, Any] = {
        "filter_headers": [("authorization", REDACTED)],
        "filter_post_data_parameters": [("client_secret", REDACTED)],
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }
    if before_record_request is not None:
        config["before_record_request"] = before_record_request
    config.update(extra or {})
    return config


def find_leaks(text: str, secrets: Iterable[str] = ()) -> list[str]:
    """The kinds of credential found in ``text`` (empty when clean); ``secrets`` are extra literal values."""
    found = [name for name, pattern in _LEAK_PATTERNS.items() if pattern.search(text)]
    found += ["a known secret" for secret in (*SEEDED_SECRETS, *secrets) if secret and secret in text]
    return found


def scan_cassettes(folder: str | Path, secrets: Iterable[str] = ()) -> dict[str, list[str]]:
    """``{cassette: leaks}`` for every YAML cassette under ``folder`` that holds a credential."""
    wanted = tuple(secrets)
    report: dict[str, list[str]] = {}
    for path in sorted(Path(folder).rglob("*.yaml")):
        leaks = find_leaks(path.read_text(encoding="utf-8"), wanted)
        if leaks:
            report[str(path)] = leaks
    return report
