"""Client configuration read from arguments or the environment, and the checks that keep secrets off the network."""

from __future__ import annotations

import ipaddress
import os

import httpx

from .errors import OneRecordError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ENV_BASE_URL",
    "ENV_CLIENT_ID",
    "ENV_CLIENT_SECRET",
    "checked_base_url",
    "checked_url",
    "from_env",
    "is_loopback",
    "resolve_timeout",
]

DEFAULT_BASE_URL = "https://api.one-record.fr"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)

ENV_CLIENT_ID = "ONERECORD_CLIENT_ID"
ENV_CLIENT_SECRET = "ONERECORD_CLIENT_SECRET"
ENV_BASE_URL = "ONERECORD_BASE_URL"


def resolve_timeout(
    timeout: float | httpx.Timeout | None, http_client: httpx.Client | httpx.AsyncClient | None
) -> httpx.Timeout:
    """The client-wide timeout: the argument, else a caller's HTTP client's own choice, else 30 s (5 s to connect).

    httpx's built-in 5 s default on a caller's client is not a choice and is replaced by ours.
    """
    if timeout is None:
        chosen = http_client is not None and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
        timeout = http_client.timeout if http_client is not None and chosen else DEFAULT_TIMEOUT
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def from_env(value: str | None, variable: str, argument: str) -> str:
    value = value if value is not None else os.environ.get(variable)
    if not value:
        raise OneRecordError(f"Missing {argument}: pass {argument}=... or set the {variable} environment variable")
    return value


def checked_url(url: str, argument: str) -> str:
    """The URL without a trailing slash; ``http://`` only for loopback hosts, so secrets never cross a network."""
    url = url.strip().rstrip("/")
    parsed = httpx.URL(url)
    if parsed.userinfo:  # the URL would show up in reprs and errors; credentials belong in client_id/client_secret
        raise ValueError(f"{argument} must not contain a user name or password")
    if parsed.scheme == "https":
        return url
    if parsed.scheme == "http" and is_loopback(parsed.host):
        return url
    if parsed.scheme == "http":
        raise ValueError(f"{argument} {url!r} uses http:// on a non-loopback host; use https://")
    raise ValueError(f"{argument} must be an https:// URL, got {url!r}")


def checked_base_url(url: str) -> str:
    """:func:`checked_url` for the base URL, which request paths are appended to: no query, no fragment."""
    url = checked_url(url, "base_url")
    parsed = httpx.URL(url)
    if parsed.query or parsed.fragment:
        raise ValueError(f"base_url must not have a query or fragment (request paths are appended to it): {url!r}")
    return url


def is_loopback(host: str) -> bool:
    host = host.lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
