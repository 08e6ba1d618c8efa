from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment import Shipment
from ...models.shipment_update import ShipmentUpdate
from ...types import Response


def _get_kwargs(
    shipment_id: UUID,
    *,
    body: ShipmentUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shipment/{shipment_id}".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    body: ShipmentUpdate,
) -> Response[Error | Shipment]:
    """Change some fields of a shipment

     Partial update: only the fields present in the body change. What may change depends on the
    shipment's
    progress: everything until the warehouse handles it; the air waybill numbers of an export shipment
    until
    DELIVERY_PREPARATION; the customer reference until final delivery. A delivered shipment is archived
    and
    read-only.

    Args:
        shipment_id (UUID):
        body (ShipmentUpdate): Body of a partial shipment update: send only the fields to change;
            `null` clears a nullable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdate,
) -> Error | Shipment | None:
    """Change some fields of a shipment

     Partial update: only the fields present in the body change. What may change depends on the
    shipment's
    progress: everything until the warehouse handles it; the air waybill numbers of an export shipment
    until
    DELIVERY_PREPARATION; the customer reference until final delivery. A delivered shipment is archived
    and
    read-only.

    Args:
        shipment_id (UUID):
        body (ShipmentUpdate): Body of a partial shipment update: send only the fields to change;
            `null` clears a nullable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Shipment
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdate,
) -> Response[Error | Shipment]:
    """Change some fields of a shipment

     Partial update: only the fields present in the body change. What may change depends on the
    shipment's
    progress: everything until the warehouse handles it; the air waybill numbers of an export shipment
    until
    DELIVERY_PREPARATION; the customer reference until final delivery. A delivered shipment is archived
    and
    read-only.

    Args:
        shipment_id (UUID):
        body (ShipmentUpdate): Body of a partial shipment update: send only the fields to change;
            `null` clears a nullable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdate,
) -> Error | Shipment | None:
    """Change some fields of a shipment

     Partial update: only the fields present in the body change. What may change depends on the
    shipment's
    progress: everything until the warehouse handles it; the air waybill numbers of an export shipment
    until
    DELIVERY_PREPARATION; the customer reference until final delivery. A delivered shipment is archived
    and
    read-only.

    Args:
        shipment_id (UUID):
        body (ShipmentUpdate): Body of a partial shipment update: send only the fields to change;
            `null` clears a nullable field.

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
            body=body,
        )
    ).parsed
