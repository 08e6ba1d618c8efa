"""``client.places``: reference data on airports and other places (``/place/{code}``)."""

from __future__ import annotations

import httpx
from onerecord_api.models import Place

from .._parsing import parse_model
from .._query import Groups, build_query
from ._base import AsyncResource, Call, Route, SyncResource, path_segment

__all__ = ["AsyncPlaces", "Places"]


def _parse_place(response: httpx.Response) -> Place:
    return parse_model(Place, response)


_GET = Route("getPlace")


def _get(code: str, groups: Groups | None) -> Call[Place]:
    path = _GET.path(path_segment(code, "code"))
    return Call(_GET.method, path, _parse_place, build_query(groups=groups) or None)


class Places(SyncResource):
    """Airports and other places, identified by their code."""

    __slots__ = ()

    def get(self, code: str, *, groups: Groups | None = None) -> Place:
        """One place by its code (``"CDG"``); ``groups=["country"]`` expands its country."""
        return self._send(_get(code, groups))


class AsyncPlaces(AsyncResource):
    """Async twin of :class:`Places`."""

    __slots__ = ()

    async def get(self, code: str, *, groups: Groups | None = None) -> Place:
        """See :meth:`Places.get`."""
        return await self._send(_get(code, groups))
