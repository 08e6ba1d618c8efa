from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment import Shipment
from ...models.shipment_create import ShipmentCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ShipmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shipment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Shipment | None:
    if response.status_code == 201:
        response_201 = Shipment.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentCreate,
) -> Response[Error | Shipment]:
    """Announce a new shipment to the warehouse

     Creates an export (`orderReference` `E-ONERECORD`), import (`I-ONERECORD`) or export delivery order
    (`P-ONERECORD`) shipment. The warehouse replaces the order reference with its own (for example
    `E24001234`)
    once it handles the shipment. An import shipment cannot reuse the HAWB and MAWB pair of an existing
    one.

    Args:
        body (ShipmentCreate): Body of a shipment creation. Weights in kg, volumes in m³.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentCreate,
) -> Error | Shipment | None:
    """Announce a new shipment to the warehouse

     Creates an export (`orderReference` `E-ONERECORD`), import (`I-ONERECORD`) or export delivery order
    (`P-ONERECORD`) shipment. The warehouse replaces the order reference with its own (for example
    `E24001234`)
    once it handles the shipment. An import shipment cannot reuse the HAWB and MAWB pair of an existing
    one.

    Args:
        body (ShipmentCreate): Body of a shipment creation. Weights in kg, volumes in m³.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Shipment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentCreate,
) -> Response[Error | Shipment]:
    """Announce a new shipment to the warehouse

     Creates an export (`orderReference` `E-ONERECORD`), import (`I-ONERECORD`) or export delivery order
    (`P-ONERECORD`) shipment. The warehouse replaces the order reference with its own (for example
    `E24001234`)
    once it handles the shipment. An import shipment cannot reuse the HAWB and MAWB pair of an existing
    one.

    Args:
        body (ShipmentCreate): Body of a shipment creation. Weights in kg, volumes in m³.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentCreate,
) -> Error | Shipment | None:
    """Announce a new shipment to the warehouse

     Creates an export (`orderReference` `E-ONERECORD`), import (`I-ONERECORD`) or export delivery order
    (`P-ONERECORD`) shipment. The warehouse replaces the order reference with its own (for example
    `E24001234`)
    once it handles the shipment. An import shipment cannot reuse the HAWB and MAWB pair of an existing
    one.

    Args:
        body (ShipmentCreate): Body of a shipment creation. Weights in kg, volumes in m³.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Shipment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
