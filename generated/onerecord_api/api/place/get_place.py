from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.place import Place
from ...models.place_group import PlaceGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    groups: list[PlaceGroup] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_groups: list[str] | Unset = UNSET
    if not isinstance(groups, Unset):
        json_groups = []
        for groups_item_data in groups:
            groups_item = groups_item_data.value
            json_groups.append(groups_item)

    params["groups[]"] = json_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/place/{code}".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Place | None:
    if response.status_code == 200:
        response_200 = Place.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Place]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    groups: list[PlaceGroup] | Unset = UNSET,
) -> Response[Error | Place]:
    """Read one place by its code

    Args:
        code (str):
        groups (list[PlaceGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Place]
    """

    kwargs = _get_kwargs(
        code=code,
        groups=groups,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    groups: list[PlaceGroup] | Unset = UNSET,
) -> Error | Place | None:
    """Read one place by its code

    Args:
        code (str):
        groups (list[PlaceGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Place
    """

    return sync_detailed(
        code=code,
        client=client,
        groups=groups,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    groups: list[PlaceGroup] | Unset = UNSET,
) -> Response[Error | Place]:
    """Read one place by its code

    Args:
        code (str):
        groups (list[PlaceGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Place]
    """

    kwargs = _get_kwargs(
        code=code,
        groups=groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    groups: list[PlaceGroup] | Unset = UNSET,
) -> Error | Place | None:
    """Read one place by its code

    Args:
        code (str):
        groups (list[PlaceGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Place
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            groups=groups,
        )
    ).parsed
