"""Turning a resource method into its ``with_raw_response`` twin, without writing any request twice.

A resource method builds a :class:`~onerecord.resources._base.Call` (or a ``Listing``) and hands it to its requester.
The twin runs the very same method on a resource bound to a *capturing* requester, which forwards each request to the
client and keeps the response; the twin then returns the parsed value together with that response. A capturing
requester is made per call, so concurrent calls (threads, tasks) never see each other's response.

Listing methods are lazy pagers; their twins fetch one page now (the first, or the one at ``cursor=``) and return it
with its response. The next page is ``cursor=raw.parsed.next_cursor``.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from typing import Any, Concatenate, ParamSpec, TypeVar

import httpx

from ..pagination import AsyncCursorPager, Page, SyncCursorPager
from ..raw_response import RawResponse
from ._base import AsyncRequester, AsyncResource, SyncRequester, SyncResource

__all__ = ["async_raw_call", "async_raw_first_page", "raw_call", "raw_first_page"]

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R", bound=SyncResource)
AR = TypeVar("AR", bound=AsyncResource)


class _Capture:
    """A requester that sends through ``client`` and remembers the last response."""

    __slots__ = ("_client", "response")

    def __init__(self, client: SyncRequester) -> None:
        self._client = client
        self.response: httpx.Response | None = None

    def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        self.response = self._client.request(method, path, **options)
        return self.response


class _AsyncCapture:
    """Async twin of :class:`_Capture`."""

    __slots__ = ("_client", "response")

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client
        self.response: httpx.Response | None = None

    async def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        self.response = await self._client.request(method, path, **options)
        return self.response


def _raw(parsed: T, response: httpx.Response | None) -> RawResponse[T]:
    if response is None:  # every method sends exactly one request before returning: a bug if not
        raise RuntimeError("the call returned without sending a request")
    return RawResponse(parsed, response)


def _named_after(twin: Callable[..., Any], method: Callable[..., Any]) -> None:
    """Give ``twin`` the name and parameters of ``method`` (without ``self``), for ``help()`` and editors."""
    twin.__name__ = method.__name__
    twin.__qualname__ = method.__qualname__
    twin.__doc__ = f"Like ``{method.__qualname__}``, returning a ``RawResponse`` (parsed value + httpx.Response)."
    signature = inspect.signature(method)
    parameters = list(signature.parameters.values())[1:]
    setattr(twin, "__signature__", signature.replace(parameters=parameters, return_annotation="RawResponse"))  # noqa: B010


def raw_call(
    client: SyncRequester, resource: Callable[[SyncRequester], R], method: Callable[Concatenate[R, P], T]
) -> Callable[P, RawResponse[T]]:
    """The twin of ``method`` (a method of the ``resource`` class) for ``client``."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture = _Capture(client)
        parsed = method(resource(capture), *args, **kwargs)
        return _raw(parsed, capture.response)

    _named_after(call, method)
    return call


def raw_first_page(
    client: SyncRequester,
    resource: Callable[[SyncRequester], R],
    method: Callable[Concatenate[R, P], SyncCursorPager[T]],
) -> Callable[P, RawResponse[Page[T]]]:
    """The twin of a listing ``method``: one page, fetched now, with its response."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        capture = _Capture(client)
        page = next(iter(method(resource(capture), *args, **kwargs).pages()))  # a lazy generator: no more is fetched
        return _raw(page, capture.response)

    _named_after(call, method)
    return call


def async_raw_call(
    client: AsyncRequester,
    resource: Callable[[AsyncRequester], AR],
    method: Callable[Concatenate[AR, P], Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Async twin of :func:`raw_call`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture = _AsyncCapture(client)
        parsed = await method(resource(capture), *args, **kwargs)
        return _raw(parsed, capture.response)

    _named_after(call, method)
    return call


def async_raw_first_page(
    client: AsyncRequester,
    resource: Callable[[AsyncRequester], AR],
    method: Callable[Concatenate[AR, P], AsyncCursorPager[T]],
) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    """Async twin of :func:`raw_first_page`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        capture = _AsyncCapture(client)
        async with aclosing(method(resource(capture), *args, **kwargs).pages()) as pages:
            page = await anext(pages)
        return _raw(page, capture.response)

    _named_after(call, method)
    return call
