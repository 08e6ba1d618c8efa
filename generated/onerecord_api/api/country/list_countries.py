from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_list import CountryList
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    filtercodeeq: str | Unset = UNSET,
    filtercodene: str | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortcode: SortDirection | Unset = UNSET,
    sortname: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[limit]"] = pagelimit

    params["page[cursor]"] = pagecursor

    params["filter[code][eq]"] = filtercodeeq

    params["filter[code][ne]"] = filtercodene

    params["filter[name][eq]"] = filternameeq

    json_sortcode: str | Unset = UNSET
    if not isinstance(sortcode, Unset):
        json_sortcode = sortcode.value

    params["sort[code]"] = json_sortcode

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/country",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CountryList | Error | None:
    if response.status_code == 200:
        response_200 = CountryList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CountryList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    filtercodeeq: str | Unset = UNSET,
    filtercodene: str | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortcode: SortDirection | Unset = UNSET,
    sortname: SortDirection | Unset = UNSET,
) -> Response[CountryList | Error]:
    """List countries

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        filtercodeeq (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filtercodene (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filternameeq (str | Unset):
        sortcode (SortDirection | Unset):
        sortname (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryList | Error]
    """

    kwargs = _get_kwargs(
        pagelimit=pagelimit,
        pagecursor=pagecursor,
        filtercodeeq=filtercodeeq,
        filtercodene=filtercodene,
        filternameeq=filternameeq,
        sortcode=sortcode,
        sortname=sortname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    filtercodeeq: str | Unset = UNSET,
    filtercodene: str | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortcode: SortDirection | Unset = UNSET,
    sortname: SortDirection | Unset = UNSET,
) -> CountryList | Error | None:
    """List countries

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        filtercodeeq (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filtercodene (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filternameeq (str | Unset):
        sortcode (SortDirection | Unset):
        sortname (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryList | Error
    """

    return sync_detailed(
        client=client,
        pagelimit=pagelimit,
        pagecursor=pagecursor,
        filtercodeeq=filtercodeeq,
        filtercodene=filtercodene,
        filternameeq=filternameeq,
        sortcode=sortcode,
        sortname=sortname,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    filtercodeeq: str | Unset = UNSET,
    filtercodene: str | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortcode: SortDirection | Unset = UNSET,
    sortname: SortDirection | Unset = UNSET,
) -> Response[CountryList | Error]:
    """List countries

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        filtercodeeq (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filtercodene (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filternameeq (str | Unset):
        sortcode (SortDirection | Unset):
        sortname (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryList | Error]
    """

    kwargs = _get_kwargs(
        pagelimit=pagelimit,
        pagecursor=pagecursor,
        filtercodeeq=filtercodeeq,
        filtercodene=filtercodene,
        filternameeq=filternameeq,
        sortcode=sortcode,
        sortname=sortname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    filtercodeeq: str | Unset = UNSET,
    filtercodene: str | Unset = UNSET,
    filternameeq: str | Unset = UNSET,
    sortcode: SortDirection | Unset = UNSET,
    sortname: SortDirection | Unset = UNSET,
) -> CountryList | Error | None:
    """List countries

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        filtercodeeq (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filtercodene (str | Unset): ISO 3166-1 alpha-2 country code, e.g. `FR`.
        filternameeq (str | Unset):
        sortcode (SortDirection | Unset):
        sortname (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            pagelimit=pagelimit,
            pagecursor=pagecursor,
            filtercodeeq=filtercodeeq,
            filtercodene=filtercodene,
            filternameeq=filternameeq,
            sortcode=sortcode,
            sortname=sortname,
        )
    ).parsed
