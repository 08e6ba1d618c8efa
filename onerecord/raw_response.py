"""``RawResponse``: what ``client.with_raw_response.<resource>.<method>(...)`` returns.

Integrators often need more than the parsed model: a request id or rate-limit header for a support ticket, the exact
status, the body as the server sent it. Rather than make every method return a wrapper, the normal methods keep
returning models and ``with_raw_response`` offers the same methods, with the same arguments, returning the parsed
value together with the :class:`httpx.Response` it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

__all__ = ["RawResponse"]

T_co = TypeVar("T_co", covariant=True)  # read-only: a RawResponse[Shipment] is a RawResponse[object]


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T_co]):
    """The parsed value of one API call and the HTTP response it came from.

    ``parsed`` is what the normal method returns (a model, a :class:`~onerecord.Page` for listings, ``None`` for
    deletes). ``http_response`` is the final response, after retries; its request's ``Authorization`` header is the
    bearer token that was sent, so do not log ``http_response.request.headers`` unfiltered.
    """

    parsed: T_co
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T_co:
        """The parsed value (the same as ``parsed``; the name other SDKs use)."""
        return self.parsed
