"""``client.api``: the facade's pipeline lent to every generated operation function.

A new operation in the spec is a new module under ``onerecord_api.api.<tag>`` after ``make generate``, long before the
facade wraps it. Its functions take ``client: AuthenticatedClient | Client`` and call
``client.get_httpx_client().request(...)`` (or the async twin). So ``client.api`` *is* an ``AuthenticatedClient``
(honest for mypy and pyright, no cast) whose httpx client is a thin ``httpx.Client`` subclass: its ``request`` and
``send`` hand the request to the facade, which adds the OAuth token, paces, retries, logs and maps errors exactly as
for its own methods, on its own connection pool::

    from onerecord_api.api.shipment import get_shipment

    shipment = get_shipment.sync(shipment_id, client=client.api)

A non-2xx answer raises the facade's typed errors (``NotFoundError``, ``RateLimitError``, ...): the generated
functions' ``Error`` return branch is therefore never taken. The object holds no token: the facade fetches and
refreshes it, so the generated ``token`` field stays empty and nothing secret is in its repr.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

import httpx
from onerecord_api.client import AuthenticatedClient

from ._attempts import accepted
from .errors import make_status_error

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncOperationsClient", "OperationsClient"]

_BODY_HEADERS = frozenset({"content-type"})  # what the generated functions set and httpx sets anyway for json=


class _Unused(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The routed clients never use a transport of their own: requests go through the facade's HTTP client."""

    def handle_request(self, request: httpx.Request) -> NoReturn:
        raise RuntimeError("client.api sends through the facade; this transport is never used")

    async def handle_async_request(self, request: httpx.Request) -> NoReturn:
        raise RuntimeError("client.api sends through the facade; this transport is never used")


def _call_arguments(base_url: str, method: str, url: httpx.URL | str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """What ``facade.request`` takes, from what a generated function passes to ``httpx.Client.request``."""
    for name in ("content", "data", "files"):
        if kwargs.get(name) is not None:
            raise ValueError(
                f"client.api sends JSON bodies only; this operation passes {name}= (the token route is the facade's)"
            )
    headers = {key.lower(): value for key, value in dict(httpx.Headers(kwargs.get("headers") or {})).items()}
    extra = sorted(set(headers) - _BODY_HEADERS)
    if extra:
        raise ValueError(f"client.api cannot send operation-specific headers yet ({', '.join(extra)})")
    path = str(url)
    if path.startswith(base_url):
        path = path[len(base_url) :]
    arguments: dict[str, Any] = {"params": kwargs.get("params"), "json": kwargs.get("json")}
    timeout = kwargs.get("timeout")
    if isinstance(timeout, float | int | httpx.Timeout):
        arguments["timeout"] = timeout
    return {"method": method, "path": path, **arguments}


def _prepared(facade: SyncAPIClient | AsyncAPIClient, request: httpx.Request) -> httpx.Request:
    """A request built elsewhere (``client.api.get_httpx_client().send(...)``), with the facade's own headers."""
    built = facade._build_request(request.method, "/", params=None, json=None, timeout=None)
    for name, value in built.headers.items():  # the facade's User-Agent and Accept win over httpx's defaults
        if name.lower() in ("user-agent", "accept") or name not in request.headers:
            request.headers[name] = value
    request.extensions.setdefault("timeout", built.extensions["timeout"])
    return request


class _RoutedClient(httpx.Client):
    """An ``httpx.Client`` whose every request is sent by the facade (token, pacing, retries, logging, errors)."""

    def __init__(self, facade: SyncAPIClient) -> None:
        super().__init__(base_url=facade.base_url, trust_env=False, transport=_Unused())
        self._facade = facade

    def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self._facade.request(**_call_arguments(self._facade.base_url, method, url, kwargs))

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = self._facade._send(_prepared(self._facade, request), authenticated=True)
        if not accepted(response):  # as in the facade's request()
            raise make_status_error(response)
        return response


class _AsyncRoutedClient(httpx.AsyncClient):
    """Async twin of :class:`_RoutedClient`."""

    def __init__(self, facade: AsyncAPIClient) -> None:
        super().__init__(base_url=facade.base_url, trust_env=False, transport=_Unused())
        self._facade = facade

    async def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return await self._facade.request(**_call_arguments(self._facade.base_url, method, url, kwargs))

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await self._facade._send(_prepared(self._facade, request), authenticated=True)
        if not accepted(response):  # as in the facade's request()
            raise make_status_error(response)
        return response


class OperationsClient(AuthenticatedClient):
    """``OneRecord.api``: pass it as ``client=`` to any ``onerecord_api.api.<tag>.<operation>.sync``/``sync_detailed``.

    The async functions need ``AsyncOneRecord.api``; asking this object for an async httpx client is an error rather
    than a second, unauthenticated connection pool.
    """

    def __init__(self, facade: SyncAPIClient) -> None:
        super().__init__(base_url=facade.base_url, token="")
        self.set_httpx_client(_RoutedClient(facade))
        self._facade = facade

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError("OneRecord.api serves the sync functions; use AsyncOneRecord(...).api for asyncio*")

    def with_timeout(self, timeout: httpx.Timeout) -> OperationsClient:
        return OperationsClient(self._facade.with_options(timeout=timeout))

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        options: Any = self._facade.with_options  # headers= is the pinnable branch's option of with_options
        return OperationsClient(options(headers=headers))

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        raise TypeError("the One Record API uses no cookies")

    def __enter__(self) -> OperationsClient:
        return self  # the connection pool is the facade's: close the OneRecord client, not this view of it

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        return None

    def __repr__(self) -> str:
        return f"<OperationsClient of {self._facade!r}>"


class AsyncOperationsClient(AuthenticatedClient):
    """``AsyncOneRecord.api``: pass it as ``client=`` to any generated ``asyncio``/``asyncio_detailed`` function."""

    def __init__(self, facade: AsyncAPIClient) -> None:
        super().__init__(base_url=facade.base_url, token="")
        self.set_async_httpx_client(_AsyncRoutedClient(facade))
        self._facade = facade

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError("AsyncOneRecord.api serves the asyncio functions; use OneRecord(...).api for sync*")

    def with_timeout(self, timeout: httpx.Timeout) -> AsyncOperationsClient:
        return AsyncOperationsClient(self._facade.with_options(timeout=timeout))

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        options: Any = self._facade.with_options  # headers= is the pinnable branch's option of with_options
        return AsyncOperationsClient(options(headers=headers))

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        raise TypeError("the One Record API uses no cookies")

    async def __aenter__(self) -> AsyncOperationsClient:
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        return None

    def __repr__(self) -> str:
        return f"<AsyncOperationsClient of {self._facade!r}>"
