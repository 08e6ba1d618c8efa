from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment import Shipment
from ...models.shipment_group import ShipmentGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_id: UUID,
    *,
    groups: list[ShipmentGroup] | Unset = UNSET,
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
        "url": "/shipment/{shipment_id}".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Shipment | None:
    if response.status_code == 200:
        response_200 = Shipment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Shipment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    groups: list[ShipmentGroup] | Unset = UNSET,
) -> Response[Error | Shipment]:
    """Read one shipment

     Relations come back as lists of identifiers unless the matching group is requested.

    Args:
        shipment_id (UUID):
        groups (list[ShipmentGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        groups=groups,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    groups: list[ShipmentGroup] | Unset = UNSET,
) -> Error | Shipment | None:
    """Read one shipment

     Relations come back as lists of identifiers unless the matching group is requested.

    Args:
        shipment_id (UUID):
        groups (list[ShipmentGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Shipment
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        groups=groups,
    ).parsed


async def asyncio_detailed(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    groups: list[ShipmentGroup] | Unset = UNSET,
) -> Response[Error | Shipment]:
    """Read one shipment

     Relations come back as lists of identifiers unless the matching group is requested.

    Args:
        shipment_id (UUID):
        groups (list[ShipmentGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        groups=groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    groups: list[ShipmentGroup] | Unset = UNSET,
) -> Error | Shipment | None:
    """Read one shipment

     Relations come back as lists of identifiers unless the matching group is requested.

    Args:
        shipment_id (UUID):
        groups (list[ShipmentGroup] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Shipment
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            groups=groups,
        )
    ).parsed
