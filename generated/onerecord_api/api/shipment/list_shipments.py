from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment_group import ShipmentGroup
from ...models.shipment_list import ShipmentList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    groups: list[ShipmentGroup] | Unset = UNSET,
    filterquantity_expectedeq: float | Unset = UNSET,
    filterquantity_expectedne: float | Unset = UNSET,
    filterquantity_expectedgt: float | Unset = UNSET,
    filterquantity_expectedgte: float | Unset = UNSET,
    filterquantity_expectedlt: float | Unset = UNSET,
    filterquantity_expectedlte: float | Unset = UNSET,
    filterquantity_expectedbetween: str | Unset = UNSET,
    filterquantity_realeq: float | Unset = UNSET,
    filterquantity_realne: float | Unset = UNSET,
    filterquantity_realgt: float | Unset = UNSET,
    filterquantity_realgte: float | Unset = UNSET,
    filterquantity_reallt: float | Unset = UNSET,
    filterquantity_reallte: float | Unset = UNSET,
    filterquantity_realbetween: str | Unset = UNSET,
    filtergross_weight_expectedeq: float | Unset = UNSET,
    filtergross_weight_expectedne: float | Unset = UNSET,
    filtergross_weight_expectedgt: float | Unset = UNSET,
    filtergross_weight_expectedgte: float | Unset = UNSET,
    filtergross_weight_expectedlt: float | Unset = UNSET,
    filtergross_weight_expectedlte: float | Unset = UNSET,
    filtergross_weight_expectedbetween: str | Unset = UNSET,
    filtergross_weight_realeq: float | Unset = UNSET,
    filtergross_weight_realne: float | Unset = UNSET,
    filtergross_weight_realgt: float | Unset = UNSET,
    filtergross_weight_realgte: float | Unset = UNSET,
    filtergross_weight_reallt: float | Unset = UNSET,
    filtergross_weight_reallte: float | Unset = UNSET,
    filtergross_weight_realbetween: str | Unset = UNSET,
    filtergross_weight_taxable_expectedeq: float | Unset = UNSET,
    filtergross_weight_taxable_expectedne: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedbetween: str | Unset = UNSET,
    filtergross_weight_taxable_realeq: float | Unset = UNSET,
    filtergross_weight_taxable_realne: float | Unset = UNSET,
    filtergross_weight_taxable_realgt: float | Unset = UNSET,
    filtergross_weight_taxable_realgte: float | Unset = UNSET,
    filtergross_weight_taxable_reallt: float | Unset = UNSET,
    filtergross_weight_taxable_reallte: float | Unset = UNSET,
    filtergross_weight_taxable_realbetween: str | Unset = UNSET,
    filtervolume_expectedeq: float | Unset = UNSET,
    filtervolume_expectedne: float | Unset = UNSET,
    filtervolume_expectedgt: float | Unset = UNSET,
    filtervolume_expectedgte: float | Unset = UNSET,
    filtervolume_expectedlt: float | Unset = UNSET,
    filtervolume_expectedlte: float | Unset = UNSET,
    filtervolume_expectedbetween: str | Unset = UNSET,
    filtervolume_realeq: float | Unset = UNSET,
    filtervolume_realne: float | Unset = UNSET,
    filtervolume_realgt: float | Unset = UNSET,
    filtervolume_realgte: float | Unset = UNSET,
    filtervolume_reallt: float | Unset = UNSET,
    filtervolume_reallte: float | Unset = UNSET,
    filtervolume_realbetween: str | Unset = UNSET,
    filtercreated_ateq: str | Unset = UNSET,
    filtercreated_atne: str | Unset = UNSET,
    filtercreated_atgt: str | Unset = UNSET,
    filtercreated_atgte: str | Unset = UNSET,
    filtercreated_atlt: str | Unset = UNSET,
    filtercreated_atlte: str | Unset = UNSET,
    filtercreated_atbetween: str | Unset = UNSET,
    filterupdated_ateq: str | Unset = UNSET,
    filterupdated_atne: str | Unset = UNSET,
    filterupdated_atgt: str | Unset = UNSET,
    filterupdated_atgte: str | Unset = UNSET,
    filterupdated_atlt: str | Unset = UNSET,
    filterupdated_atlte: str | Unset = UNSET,
    filterupdated_atbetween: str | Unset = UNSET,
    filterlimit_boarding_timeeq: str | Unset = UNSET,
    filterlimit_boarding_timene: str | Unset = UNSET,
    filterlimit_boarding_timegt: str | Unset = UNSET,
    filterlimit_boarding_timegte: str | Unset = UNSET,
    filterlimit_boarding_timelt: str | Unset = UNSET,
    filterlimit_boarding_timelte: str | Unset = UNSET,
    filterlimit_boarding_timebetween: str | Unset = UNSET,
    filterorder_referenceeq: str | Unset = UNSET,
    filterorder_referencene: str | Unset = UNSET,
    filtercustomer_referenceeq: str | Unset = UNSET,
    filtercustomer_referencene: str | Unset = UNSET,
    filtermawb_numbereq: str | Unset = UNSET,
    filtermawb_numberne: str | Unset = UNSET,
    filterhawb_numbereq: str | Unset = UNSET,
    filterhawb_numberne: str | Unset = UNSET,
    filterdepartureeq: str | Unset = UNSET,
    filterdeparturene: str | Unset = UNSET,
    filterarrivaleq: str | Unset = UNSET,
    filterarrivalne: str | Unset = UNSET,
    filterdeparture_countryeq: str | Unset = UNSET,
    filterdeparture_countryne: str | Unset = UNSET,
    filterarrival_countryeq: str | Unset = UNSET,
    filterarrival_countryne: str | Unset = UNSET,
    filteris_secureeq: bool | Unset = UNSET,
    filteris_securene: bool | Unset = UNSET,
    filteris_dangerouseq: bool | Unset = UNSET,
    filteris_dangerousne: bool | Unset = UNSET,
    sortcreated_at: SortDirection | Unset = UNSET,
    sortupdated_at: SortDirection | Unset = UNSET,
    sortlimit_boarding_time: SortDirection | Unset = UNSET,
    sortorder_reference: SortDirection | Unset = UNSET,
    sortcustomer_reference: SortDirection | Unset = UNSET,
    sortquantity_expected: SortDirection | Unset = UNSET,
    sortquantity_real: SortDirection | Unset = UNSET,
    sortgross_weight_expected: SortDirection | Unset = UNSET,
    sortgross_weight_real: SortDirection | Unset = UNSET,
    sortvolume_expected: SortDirection | Unset = UNSET,
    sortvolume_real: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[limit]"] = pagelimit

    params["page[cursor]"] = pagecursor

    json_groups: list[str] | Unset = UNSET
    if not isinstance(groups, Unset):
        json_groups = []
        for groups_item_data in groups:
            groups_item = groups_item_data.value
            json_groups.append(groups_item)

    params["groups[]"] = json_groups

    params["filter[quantityExpected][eq]"] = filterquantity_expectedeq

    params["filter[quantityExpected][ne]"] = filterquantity_expectedne

    params["filter[quantityExpected][gt]"] = filterquantity_expectedgt

    params["filter[quantityExpected][gte]"] = filterquantity_expectedgte

    params["filter[quantityExpected][lt]"] = filterquantity_expectedlt

    params["filter[quantityExpected][lte]"] = filterquantity_expectedlte

    params["filter[quantityExpected][between]"] = filterquantity_expectedbetween

    params["filter[quantityReal][eq]"] = filterquantity_realeq

    params["filter[quantityReal][ne]"] = filterquantity_realne

    params["filter[quantityReal][gt]"] = filterquantity_realgt

    params["filter[quantityReal][gte]"] = filterquantity_realgte

    params["filter[quantityReal][lt]"] = filterquantity_reallt

    params["filter[quantityReal][lte]"] = filterquantity_reallte

    params["filter[quantityReal][between]"] = filterquantity_realbetween

    params["filter[grossWeightExpected][eq]"] = filtergross_weight_expectedeq

    params["filter[grossWeightExpected][ne]"] = filtergross_weight_expectedne

    params["filter[grossWeightExpected][gt]"] = filtergross_weight_expectedgt

    params["filter[grossWeightExpected][gte]"] = filtergross_weight_expectedgte

    params["filter[grossWeightExpected][lt]"] = filtergross_weight_expectedlt

    params["filter[grossWeightExpected][lte]"] = filtergross_weight_expectedlte

    params["filter[grossWeightExpected][between]"] = filtergross_weight_expectedbetween

    params["filter[grossWeightReal][eq]"] = filtergross_weight_realeq

    params["filter[grossWeightReal][ne]"] = filtergross_weight_realne

    params["filter[grossWeightReal][gt]"] = filtergross_weight_realgt

    params["filter[grossWeightReal][gte]"] = filtergross_weight_realgte

    params["filter[grossWeightReal][lt]"] = filtergross_weight_reallt

    params["filter[grossWeightReal][lte]"] = filtergross_weight_reallte

    params["filter[grossWeightReal][between]"] = filtergross_weight_realbetween

    params["filter[grossWeightTaxableExpected][eq]"] = filtergross_weight_taxable_expectedeq

    params["filter[grossWeightTaxableExpected][ne]"] = filtergross_weight_taxable_expectedne

    params["filter[grossWeightTaxableExpected][gt]"] = filtergross_weight_taxable_expectedgt

    params["filter[grossWeightTaxableExpected][gte]"] = filtergross_weight_taxable_expectedgte

    params["filter[grossWeightTaxableExpected][lt]"] = filtergross_weight_taxable_expectedlt

    params["filter[grossWeightTaxableExpected][lte]"] = filtergross_weight_taxable_expectedlte

    params["filter[grossWeightTaxableExpected][between]"] = filtergross_weight_taxable_expectedbetween

    params["filter[grossWeightTaxableReal][eq]"] = filtergross_weight_taxable_realeq

    params["filter[grossWeightTaxableReal][ne]"] = filtergross_weight_taxable_realne

    params["filter[grossWeightTaxableReal][gt]"] = filtergross_weight_taxable_realgt

    params["filter[grossWeightTaxableReal][gte]"] = filtergross_weight_taxable_realgte

    params["filter[grossWeightTaxableReal][lt]"] = filtergross_weight_taxable_reallt

    params["filter[grossWeightTaxableReal][lte]"] = filtergross_weight_taxable_reallte

    params["filter[grossWeightTaxableReal][between]"] = filtergross_weight_taxable_realbetween

    params["filter[volumeExpected][eq]"] = filtervolume_expectedeq

    params["filter[volumeExpected][ne]"] = filtervolume_expectedne

    params["filter[volumeExpected][gt]"] = filtervolume_expectedgt

    params["filter[volumeExpected][gte]"] = filtervolume_expectedgte

    params["filter[volumeExpected][lt]"] = filtervolume_expectedlt

    params["filter[volumeExpected][lte]"] = filtervolume_expectedlte

    params["filter[volumeExpected][between]"] = filtervolume_expectedbetween

    params["filter[volumeReal][eq]"] = filtervolume_realeq

    params["filter[volumeReal][ne]"] = filtervolume_realne

    params["filter[volumeReal][gt]"] = filtervolume_realgt

    params["filter[volumeReal][gte]"] = filtervolume_realgte

    params["filter[volumeReal][lt]"] = filtervolume_reallt

    params["filter[volumeReal][lte]"] = filtervolume_reallte

    params["filter[volumeReal][between]"] = filtervolume_realbetween

    params["filter[createdAt][eq]"] = filtercreated_ateq

    params["filter[createdAt][ne]"] = filtercreated_atne

    params["filter[createdAt][gt]"] = filtercreated_atgt

    params["filter[createdAt][gte]"] = filtercreated_atgte

    params["filter[createdAt][lt]"] = filtercreated_atlt

    params["filter[createdAt][lte]"] = filtercreated_atlte

    params["filter[createdAt][between]"] = filtercreated_atbetween

    params["filter[updatedAt][eq]"] = filterupdated_ateq

    params["filter[updatedAt][ne]"] = filterupdated_atne

    params["filter[updatedAt][gt]"] = filterupdated_atgt

    params["filter[updatedAt][gte]"] = filterupdated_atgte

    params["filter[updatedAt][lt]"] = filterupdated_atlt

    params["filter[updatedAt][lte]"] = filterupdated_atlte

    params["filter[updatedAt][between]"] = filterupdated_atbetween

    params["filter[limitBoardingTime][eq]"] = filterlimit_boarding_timeeq

    params["filter[limitBoardingTime][ne]"] = filterlimit_boarding_timene

    params["filter[limitBoardingTime][gt]"] = filterlimit_boarding_timegt

    params["filter[limitBoardingTime][gte]"] = filterlimit_boarding_timegte

    params["filter[limitBoardingTime][lt]"] = filterlimit_boarding_timelt

    params["filter[limitBoardingTime][lte]"] = filterlimit_boarding_timelte

    params["filter[limitBoardingTime][between]"] = filterlimit_boarding_timebetween

    params["filter[orderReference][eq]"] = filterorder_referenceeq

    params["filter[orderReference][ne]"] = filterorder_referencene

    params["filter[customerReference][eq]"] = filtercustomer_referenceeq

    params["filter[customerReference][ne]"] = filtercustomer_referencene

    params["filter[mawbNumber][eq]"] = filtermawb_numbereq

    params["filter[mawbNumber][ne]"] = filtermawb_numberne

    params["filter[hawbNumber][eq]"] = filterhawb_numbereq

    params["filter[hawbNumber][ne]"] = filterhawb_numberne

    params["filter[departure][eq]"] = filterdepartureeq

    params["filter[departure][ne]"] = filterdeparturene

    params["filter[arrival][eq]"] = filterarrivaleq

    params["filter[arrival][ne]"] = filterarrivalne

    params["filter[departureCountry][eq]"] = filterdeparture_countryeq

    params["filter[departureCountry][ne]"] = filterdeparture_countryne

    params["filter[arrivalCountry][eq]"] = filterarrival_countryeq

    params["filter[arrivalCountry][ne]"] = filterarrival_countryne

    params["filter[isSecure][eq]"] = filteris_secureeq

    params["filter[isSecure][ne]"] = filteris_securene

    params["filter[isDangerous][eq]"] = filteris_dangerouseq

    params["filter[isDangerous][ne]"] = filteris_dangerousne

    json_sortcreated_at: str | Unset = UNSET
    if not isinstance(sortcreated_at, Unset):
        json_sortcreated_at = sortcreated_at.value

    params["sort[createdAt]"] = json_sortcreated_at

    json_sortupdated_at: str | Unset = UNSET
    if not isinstance(sortupdated_at, Unset):
        json_sortupdated_at = sortupdated_at.value

    params["sort[updatedAt]"] = json_sortupdated_at

    json_sortlimit_boarding_time: str | Unset = UNSET
    if not isinstance(sortlimit_boarding_time, Unset):
        json_sortlimit_boarding_time = sortlimit_boarding_time.value

    params["sort[limitBoardingTime]"] = json_sortlimit_boarding_time

    json_sortorder_reference: str | Unset = UNSET
    if not isinstance(sortorder_reference, Unset):
        json_sortorder_reference = sortorder_reference.value

    params["sort[orderReference]"] = json_sortorder_reference

    json_sortcustomer_reference: str | Unset = UNSET
    if not isinstance(sortcustomer_reference, Unset):
        json_sortcustomer_reference = sortcustomer_reference.value

    params["sort[customerReference]"] = json_sortcustomer_reference

    json_sortquantity_expected: str | Unset = UNSET
    if not isinstance(sortquantity_expected, Unset):
        json_sortquantity_expected = sortquantity_expected.value

    params["sort[quantityExpected]"] = json_sortquantity_expected

    json_sortquantity_real: str | Unset = UNSET
    if not isinstance(sortquantity_real, Unset):
        json_sortquantity_real = sortquantity_real.value

    params["sort[quantityReal]"] = json_sortquantity_real

    json_sortgross_weight_expected: str | Unset = UNSET
    if not isinstance(sortgross_weight_expected, Unset):
        json_sortgross_weight_expected = sortgross_weight_expected.value

    params["sort[grossWeightExpected]"] = json_sortgross_weight_expected

    json_sortgross_weight_real: str | Unset = UNSET
    if not isinstance(sortgross_weight_real, Unset):
        json_sortgross_weight_real = sortgross_weight_real.value

    params["sort[grossWeightReal]"] = json_sortgross_weight_real

    json_sortvolume_expected: str | Unset = UNSET
    if not isinstance(sortvolume_expected, Unset):
        json_sortvolume_expected = sortvolume_expected.value

    params["sort[volumeExpected]"] = json_sortvolume_expected

    json_sortvolume_real: str | Unset = UNSET
    if not isinstance(sortvolume_real, Unset):
        json_sortvolume_real = sortvolume_real.value

    params["sort[volumeReal]"] = json_sortvolume_real

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shipment",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ShipmentList | None:
    if response.status_code == 200:
        response_200 = ShipmentList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShipmentList]:
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
    groups: list[ShipmentGroup] | Unset = UNSET,
    filterquantity_expectedeq: float | Unset = UNSET,
    filterquantity_expectedne: float | Unset = UNSET,
    filterquantity_expectedgt: float | Unset = UNSET,
    filterquantity_expectedgte: float | Unset = UNSET,
    filterquantity_expectedlt: float | Unset = UNSET,
    filterquantity_expectedlte: float | Unset = UNSET,
    filterquantity_expectedbetween: str | Unset = UNSET,
    filterquantity_realeq: float | Unset = UNSET,
    filterquantity_realne: float | Unset = UNSET,
    filterquantity_realgt: float | Unset = UNSET,
    filterquantity_realgte: float | Unset = UNSET,
    filterquantity_reallt: float | Unset = UNSET,
    filterquantity_reallte: float | Unset = UNSET,
    filterquantity_realbetween: str | Unset = UNSET,
    filtergross_weight_expectedeq: float | Unset = UNSET,
    filtergross_weight_expectedne: float | Unset = UNSET,
    filtergross_weight_expectedgt: float | Unset = UNSET,
    filtergross_weight_expectedgte: float | Unset = UNSET,
    filtergross_weight_expectedlt: float | Unset = UNSET,
    filtergross_weight_expectedlte: float | Unset = UNSET,
    filtergross_weight_expectedbetween: str | Unset = UNSET,
    filtergross_weight_realeq: float | Unset = UNSET,
    filtergross_weight_realne: float | Unset = UNSET,
    filtergross_weight_realgt: float | Unset = UNSET,
    filtergross_weight_realgte: float | Unset = UNSET,
    filtergross_weight_reallt: float | Unset = UNSET,
    filtergross_weight_reallte: float | Unset = UNSET,
    filtergross_weight_realbetween: str | Unset = UNSET,
    filtergross_weight_taxable_expectedeq: float | Unset = UNSET,
    filtergross_weight_taxable_expectedne: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedbetween: str | Unset = UNSET,
    filtergross_weight_taxable_realeq: float | Unset = UNSET,
    filtergross_weight_taxable_realne: float | Unset = UNSET,
    filtergross_weight_taxable_realgt: float | Unset = UNSET,
    filtergross_weight_taxable_realgte: float | Unset = UNSET,
    filtergross_weight_taxable_reallt: float | Unset = UNSET,
    filtergross_weight_taxable_reallte: float | Unset = UNSET,
    filtergross_weight_taxable_realbetween: str | Unset = UNSET,
    filtervolume_expectedeq: float | Unset = UNSET,
    filtervolume_expectedne: float | Unset = UNSET,
    filtervolume_expectedgt: float | Unset = UNSET,
    filtervolume_expectedgte: float | Unset = UNSET,
    filtervolume_expectedlt: float | Unset = UNSET,
    filtervolume_expectedlte: float | Unset = UNSET,
    filtervolume_expectedbetween: str | Unset = UNSET,
    filtervolume_realeq: float | Unset = UNSET,
    filtervolume_realne: float | Unset = UNSET,
    filtervolume_realgt: float | Unset = UNSET,
    filtervolume_realgte: float | Unset = UNSET,
    filtervolume_reallt: float | Unset = UNSET,
    filtervolume_reallte: float | Unset = UNSET,
    filtervolume_realbetween: str | Unset = UNSET,
    filtercreated_ateq: str | Unset = UNSET,
    filtercreated_atne: str | Unset = UNSET,
    filtercreated_atgt: str | Unset = UNSET,
    filtercreated_atgte: str | Unset = UNSET,
    filtercreated_atlt: str | Unset = UNSET,
    filtercreated_atlte: str | Unset = UNSET,
    filtercreated_atbetween: str | Unset = UNSET,
    filterupdated_ateq: str | Unset = UNSET,
    filterupdated_atne: str | Unset = UNSET,
    filterupdated_atgt: str | Unset = UNSET,
    filterupdated_atgte: str | Unset = UNSET,
    filterupdated_atlt: str | Unset = UNSET,
    filterupdated_atlte: str | Unset = UNSET,
    filterupdated_atbetween: str | Unset = UNSET,
    filterlimit_boarding_timeeq: str | Unset = UNSET,
    filterlimit_boarding_timene: str | Unset = UNSET,
    filterlimit_boarding_timegt: str | Unset = UNSET,
    filterlimit_boarding_timegte: str | Unset = UNSET,
    filterlimit_boarding_timelt: str | Unset = UNSET,
    filterlimit_boarding_timelte: str | Unset = UNSET,
    filterlimit_boarding_timebetween: str | Unset = UNSET,
    filterorder_referenceeq: str | Unset = UNSET,
    filterorder_referencene: str | Unset = UNSET,
    filtercustomer_referenceeq: str | Unset = UNSET,
    filtercustomer_referencene: str | Unset = UNSET,
    filtermawb_numbereq: str | Unset = UNSET,
    filtermawb_numberne: str | Unset = UNSET,
    filterhawb_numbereq: str | Unset = UNSET,
    filterhawb_numberne: str | Unset = UNSET,
    filterdepartureeq: str | Unset = UNSET,
    filterdeparturene: str | Unset = UNSET,
    filterarrivaleq: str | Unset = UNSET,
    filterarrivalne: str | Unset = UNSET,
    filterdeparture_countryeq: str | Unset = UNSET,
    filterdeparture_countryne: str | Unset = UNSET,
    filterarrival_countryeq: str | Unset = UNSET,
    filterarrival_countryne: str | Unset = UNSET,
    filteris_secureeq: bool | Unset = UNSET,
    filteris_securene: bool | Unset = UNSET,
    filteris_dangerouseq: bool | Unset = UNSET,
    filteris_dangerousne: bool | Unset = UNSET,
    sortcreated_at: SortDirection | Unset = UNSET,
    sortupdated_at: SortDirection | Unset = UNSET,
    sortlimit_boarding_time: SortDirection | Unset = UNSET,
    sortorder_reference: SortDirection | Unset = UNSET,
    sortcustomer_reference: SortDirection | Unset = UNSET,
    sortquantity_expected: SortDirection | Unset = UNSET,
    sortquantity_real: SortDirection | Unset = UNSET,
    sortgross_weight_expected: SortDirection | Unset = UNSET,
    sortgross_weight_real: SortDirection | Unset = UNSET,
    sortvolume_expected: SortDirection | Unset = UNSET,
    sortvolume_real: SortDirection | Unset = UNSET,
) -> Response[Error | ShipmentList]:
    """List the shipments of the caller's society

     One page of shipments at a time. Follow `metadata.next` with `page[cursor]` until it is null.
    Filters combine with AND.

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        groups (list[ShipmentGroup] | Unset):
        filterquantity_expectedeq (float | Unset):
        filterquantity_expectedne (float | Unset):
        filterquantity_expectedgt (float | Unset):
        filterquantity_expectedgte (float | Unset):
        filterquantity_expectedlt (float | Unset):
        filterquantity_expectedlte (float | Unset):
        filterquantity_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filterquantity_realeq (float | Unset):
        filterquantity_realne (float | Unset):
        filterquantity_realgt (float | Unset):
        filterquantity_realgte (float | Unset):
        filterquantity_reallt (float | Unset):
        filterquantity_reallte (float | Unset):
        filterquantity_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_expectedeq (float | Unset):
        filtergross_weight_expectedne (float | Unset):
        filtergross_weight_expectedgt (float | Unset):
        filtergross_weight_expectedgte (float | Unset):
        filtergross_weight_expectedlt (float | Unset):
        filtergross_weight_expectedlte (float | Unset):
        filtergross_weight_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_realeq (float | Unset):
        filtergross_weight_realne (float | Unset):
        filtergross_weight_realgt (float | Unset):
        filtergross_weight_realgte (float | Unset):
        filtergross_weight_reallt (float | Unset):
        filtergross_weight_reallte (float | Unset):
        filtergross_weight_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_taxable_expectedeq (float | Unset):
        filtergross_weight_taxable_expectedne (float | Unset):
        filtergross_weight_taxable_expectedgt (float | Unset):
        filtergross_weight_taxable_expectedgte (float | Unset):
        filtergross_weight_taxable_expectedlt (float | Unset):
        filtergross_weight_taxable_expectedlte (float | Unset):
        filtergross_weight_taxable_expectedbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtergross_weight_taxable_realeq (float | Unset):
        filtergross_weight_taxable_realne (float | Unset):
        filtergross_weight_taxable_realgt (float | Unset):
        filtergross_weight_taxable_realgte (float | Unset):
        filtergross_weight_taxable_reallt (float | Unset):
        filtergross_weight_taxable_reallte (float | Unset):
        filtergross_weight_taxable_realbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtervolume_expectedeq (float | Unset):
        filtervolume_expectedne (float | Unset):
        filtervolume_expectedgt (float | Unset):
        filtervolume_expectedgte (float | Unset):
        filtervolume_expectedlt (float | Unset):
        filtervolume_expectedlte (float | Unset):
        filtervolume_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtervolume_realeq (float | Unset):
        filtervolume_realne (float | Unset):
        filtervolume_realgt (float | Unset):
        filtervolume_realgte (float | Unset):
        filtervolume_reallt (float | Unset):
        filtervolume_reallte (float | Unset):
        filtervolume_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtercreated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterupdated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterlimit_boarding_timeeq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timene (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timebetween (str | Unset): Two ISO 8601 date-times (or dates),
            `start,end`, both included; no offset means UTC.
        filterorder_referenceeq (str | Unset):
        filterorder_referencene (str | Unset):
        filtercustomer_referenceeq (str | Unset):
        filtercustomer_referencene (str | Unset):
        filtermawb_numbereq (str | Unset):
        filtermawb_numberne (str | Unset):
        filterhawb_numbereq (str | Unset):
        filterhawb_numberne (str | Unset):
        filterdepartureeq (str | Unset):
        filterdeparturene (str | Unset):
        filterarrivaleq (str | Unset):
        filterarrivalne (str | Unset):
        filterdeparture_countryeq (str | Unset):
        filterdeparture_countryne (str | Unset):
        filterarrival_countryeq (str | Unset):
        filterarrival_countryne (str | Unset):
        filteris_secureeq (bool | Unset):
        filteris_securene (bool | Unset):
        filteris_dangerouseq (bool | Unset):
        filteris_dangerousne (bool | Unset):
        sortcreated_at (SortDirection | Unset):
        sortupdated_at (SortDirection | Unset):
        sortlimit_boarding_time (SortDirection | Unset):
        sortorder_reference (SortDirection | Unset):
        sortcustomer_reference (SortDirection | Unset):
        sortquantity_expected (SortDirection | Unset):
        sortquantity_real (SortDirection | Unset):
        sortgross_weight_expected (SortDirection | Unset):
        sortgross_weight_real (SortDirection | Unset):
        sortvolume_expected (SortDirection | Unset):
        sortvolume_real (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShipmentList]
    """

    kwargs = _get_kwargs(
        pagelimit=pagelimit,
        pagecursor=pagecursor,
        groups=groups,
        filterquantity_expectedeq=filterquantity_expectedeq,
        filterquantity_expectedne=filterquantity_expectedne,
        filterquantity_expectedgt=filterquantity_expectedgt,
        filterquantity_expectedgte=filterquantity_expectedgte,
        filterquantity_expectedlt=filterquantity_expectedlt,
        filterquantity_expectedlte=filterquantity_expectedlte,
        filterquantity_expectedbetween=filterquantity_expectedbetween,
        filterquantity_realeq=filterquantity_realeq,
        filterquantity_realne=filterquantity_realne,
        filterquantity_realgt=filterquantity_realgt,
        filterquantity_realgte=filterquantity_realgte,
        filterquantity_reallt=filterquantity_reallt,
        filterquantity_reallte=filterquantity_reallte,
        filterquantity_realbetween=filterquantity_realbetween,
        filtergross_weight_expectedeq=filtergross_weight_expectedeq,
        filtergross_weight_expectedne=filtergross_weight_expectedne,
        filtergross_weight_expectedgt=filtergross_weight_expectedgt,
        filtergross_weight_expectedgte=filtergross_weight_expectedgte,
        filtergross_weight_expectedlt=filtergross_weight_expectedlt,
        filtergross_weight_expectedlte=filtergross_weight_expectedlte,
        filtergross_weight_expectedbetween=filtergross_weight_expectedbetween,
        filtergross_weight_realeq=filtergross_weight_realeq,
        filtergross_weight_realne=filtergross_weight_realne,
        filtergross_weight_realgt=filtergross_weight_realgt,
        filtergross_weight_realgte=filtergross_weight_realgte,
        filtergross_weight_reallt=filtergross_weight_reallt,
        filtergross_weight_reallte=filtergross_weight_reallte,
        filtergross_weight_realbetween=filtergross_weight_realbetween,
        filtergross_weight_taxable_expectedeq=filtergross_weight_taxable_expectedeq,
        filtergross_weight_taxable_expectedne=filtergross_weight_taxable_expectedne,
        filtergross_weight_taxable_expectedgt=filtergross_weight_taxable_expectedgt,
        filtergross_weight_taxable_expectedgte=filtergross_weight_taxable_expectedgte,
        filtergross_weight_taxable_expectedlt=filtergross_weight_taxable_expectedlt,
        filtergross_weight_taxable_expectedlte=filtergross_weight_taxable_expectedlte,
        filtergross_weight_taxable_expectedbetween=filtergross_weight_taxable_expectedbetween,
        filtergross_weight_taxable_realeq=filtergross_weight_taxable_realeq,
        filtergross_weight_taxable_realne=filtergross_weight_taxable_realne,
        filtergross_weight_taxable_realgt=filtergross_weight_taxable_realgt,
        filtergross_weight_taxable_realgte=filtergross_weight_taxable_realgte,
        filtergross_weight_taxable_reallt=filtergross_weight_taxable_reallt,
        filtergross_weight_taxable_reallte=filtergross_weight_taxable_reallte,
        filtergross_weight_taxable_realbetween=filtergross_weight_taxable_realbetween,
        filtervolume_expectedeq=filtervolume_expectedeq,
        filtervolume_expectedne=filtervolume_expectedne,
        filtervolume_expectedgt=filtervolume_expectedgt,
        filtervolume_expectedgte=filtervolume_expectedgte,
        filtervolume_expectedlt=filtervolume_expectedlt,
        filtervolume_expectedlte=filtervolume_expectedlte,
        filtervolume_expectedbetween=filtervolume_expectedbetween,
        filtervolume_realeq=filtervolume_realeq,
        filtervolume_realne=filtervolume_realne,
        filtervolume_realgt=filtervolume_realgt,
        filtervolume_realgte=filtervolume_realgte,
        filtervolume_reallt=filtervolume_reallt,
        filtervolume_reallte=filtervolume_reallte,
        filtervolume_realbetween=filtervolume_realbetween,
        filtercreated_ateq=filtercreated_ateq,
        filtercreated_atne=filtercreated_atne,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atgte=filtercreated_atgte,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atlte=filtercreated_atlte,
        filtercreated_atbetween=filtercreated_atbetween,
        filterupdated_ateq=filterupdated_ateq,
        filterupdated_atne=filterupdated_atne,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atgte=filterupdated_atgte,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atlte=filterupdated_atlte,
        filterupdated_atbetween=filterupdated_atbetween,
        filterlimit_boarding_timeeq=filterlimit_boarding_timeeq,
        filterlimit_boarding_timene=filterlimit_boarding_timene,
        filterlimit_boarding_timegt=filterlimit_boarding_timegt,
        filterlimit_boarding_timegte=filterlimit_boarding_timegte,
        filterlimit_boarding_timelt=filterlimit_boarding_timelt,
        filterlimit_boarding_timelte=filterlimit_boarding_timelte,
        filterlimit_boarding_timebetween=filterlimit_boarding_timebetween,
        filterorder_referenceeq=filterorder_referenceeq,
        filterorder_referencene=filterorder_referencene,
        filtercustomer_referenceeq=filtercustomer_referenceeq,
        filtercustomer_referencene=filtercustomer_referencene,
        filtermawb_numbereq=filtermawb_numbereq,
        filtermawb_numberne=filtermawb_numberne,
        filterhawb_numbereq=filterhawb_numbereq,
        filterhawb_numberne=filterhawb_numberne,
        filterdepartureeq=filterdepartureeq,
        filterdeparturene=filterdeparturene,
        filterarrivaleq=filterarrivaleq,
        filterarrivalne=filterarrivalne,
        filterdeparture_countryeq=filterdeparture_countryeq,
        filterdeparture_countryne=filterdeparture_countryne,
        filterarrival_countryeq=filterarrival_countryeq,
        filterarrival_countryne=filterarrival_countryne,
        filteris_secureeq=filteris_secureeq,
        filteris_securene=filteris_securene,
        filteris_dangerouseq=filteris_dangerouseq,
        filteris_dangerousne=filteris_dangerousne,
        sortcreated_at=sortcreated_at,
        sortupdated_at=sortupdated_at,
        sortlimit_boarding_time=sortlimit_boarding_time,
        sortorder_reference=sortorder_reference,
        sortcustomer_reference=sortcustomer_reference,
        sortquantity_expected=sortquantity_expected,
        sortquantity_real=sortquantity_real,
        sortgross_weight_expected=sortgross_weight_expected,
        sortgross_weight_real=sortgross_weight_real,
        sortvolume_expected=sortvolume_expected,
        sortvolume_real=sortvolume_real,
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
    groups: list[ShipmentGroup] | Unset = UNSET,
    filterquantity_expectedeq: float | Unset = UNSET,
    filterquantity_expectedne: float | Unset = UNSET,
    filterquantity_expectedgt: float | Unset = UNSET,
    filterquantity_expectedgte: float | Unset = UNSET,
    filterquantity_expectedlt: float | Unset = UNSET,
    filterquantity_expectedlte: float | Unset = UNSET,
    filterquantity_expectedbetween: str | Unset = UNSET,
    filterquantity_realeq: float | Unset = UNSET,
    filterquantity_realne: float | Unset = UNSET,
    filterquantity_realgt: float | Unset = UNSET,
    filterquantity_realgte: float | Unset = UNSET,
    filterquantity_reallt: float | Unset = UNSET,
    filterquantity_reallte: float | Unset = UNSET,
    filterquantity_realbetween: str | Unset = UNSET,
    filtergross_weight_expectedeq: float | Unset = UNSET,
    filtergross_weight_expectedne: float | Unset = UNSET,
    filtergross_weight_expectedgt: float | Unset = UNSET,
    filtergross_weight_expectedgte: float | Unset = UNSET,
    filtergross_weight_expectedlt: float | Unset = UNSET,
    filtergross_weight_expectedlte: float | Unset = UNSET,
    filtergross_weight_expectedbetween: str | Unset = UNSET,
    filtergross_weight_realeq: float | Unset = UNSET,
    filtergross_weight_realne: float | Unset = UNSET,
    filtergross_weight_realgt: float | Unset = UNSET,
    filtergross_weight_realgte: float | Unset = UNSET,
    filtergross_weight_reallt: float | Unset = UNSET,
    filtergross_weight_reallte: float | Unset = UNSET,
    filtergross_weight_realbetween: str | Unset = UNSET,
    filtergross_weight_taxable_expectedeq: float | Unset = UNSET,
    filtergross_weight_taxable_expectedne: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedbetween: str | Unset = UNSET,
    filtergross_weight_taxable_realeq: float | Unset = UNSET,
    filtergross_weight_taxable_realne: float | Unset = UNSET,
    filtergross_weight_taxable_realgt: float | Unset = UNSET,
    filtergross_weight_taxable_realgte: float | Unset = UNSET,
    filtergross_weight_taxable_reallt: float | Unset = UNSET,
    filtergross_weight_taxable_reallte: float | Unset = UNSET,
    filtergross_weight_taxable_realbetween: str | Unset = UNSET,
    filtervolume_expectedeq: float | Unset = UNSET,
    filtervolume_expectedne: float | Unset = UNSET,
    filtervolume_expectedgt: float | Unset = UNSET,
    filtervolume_expectedgte: float | Unset = UNSET,
    filtervolume_expectedlt: float | Unset = UNSET,
    filtervolume_expectedlte: float | Unset = UNSET,
    filtervolume_expectedbetween: str | Unset = UNSET,
    filtervolume_realeq: float | Unset = UNSET,
    filtervolume_realne: float | Unset = UNSET,
    filtervolume_realgt: float | Unset = UNSET,
    filtervolume_realgte: float | Unset = UNSET,
    filtervolume_reallt: float | Unset = UNSET,
    filtervolume_reallte: float | Unset = UNSET,
    filtervolume_realbetween: str | Unset = UNSET,
    filtercreated_ateq: str | Unset = UNSET,
    filtercreated_atne: str | Unset = UNSET,
    filtercreated_atgt: str | Unset = UNSET,
    filtercreated_atgte: str | Unset = UNSET,
    filtercreated_atlt: str | Unset = UNSET,
    filtercreated_atlte: str | Unset = UNSET,
    filtercreated_atbetween: str | Unset = UNSET,
    filterupdated_ateq: str | Unset = UNSET,
    filterupdated_atne: str | Unset = UNSET,
    filterupdated_atgt: str | Unset = UNSET,
    filterupdated_atgte: str | Unset = UNSET,
    filterupdated_atlt: str | Unset = UNSET,
    filterupdated_atlte: str | Unset = UNSET,
    filterupdated_atbetween: str | Unset = UNSET,
    filterlimit_boarding_timeeq: str | Unset = UNSET,
    filterlimit_boarding_timene: str | Unset = UNSET,
    filterlimit_boarding_timegt: str | Unset = UNSET,
    filterlimit_boarding_timegte: str | Unset = UNSET,
    filterlimit_boarding_timelt: str | Unset = UNSET,
    filterlimit_boarding_timelte: str | Unset = UNSET,
    filterlimit_boarding_timebetween: str | Unset = UNSET,
    filterorder_referenceeq: str | Unset = UNSET,
    filterorder_referencene: str | Unset = UNSET,
    filtercustomer_referenceeq: str | Unset = UNSET,
    filtercustomer_referencene: str | Unset = UNSET,
    filtermawb_numbereq: str | Unset = UNSET,
    filtermawb_numberne: str | Unset = UNSET,
    filterhawb_numbereq: str | Unset = UNSET,
    filterhawb_numberne: str | Unset = UNSET,
    filterdepartureeq: str | Unset = UNSET,
    filterdeparturene: str | Unset = UNSET,
    filterarrivaleq: str | Unset = UNSET,
    filterarrivalne: str | Unset = UNSET,
    filterdeparture_countryeq: str | Unset = UNSET,
    filterdeparture_countryne: str | Unset = UNSET,
    filterarrival_countryeq: str | Unset = UNSET,
    filterarrival_countryne: str | Unset = UNSET,
    filteris_secureeq: bool | Unset = UNSET,
    filteris_securene: bool | Unset = UNSET,
    filteris_dangerouseq: bool | Unset = UNSET,
    filteris_dangerousne: bool | Unset = UNSET,
    sortcreated_at: SortDirection | Unset = UNSET,
    sortupdated_at: SortDirection | Unset = UNSET,
    sortlimit_boarding_time: SortDirection | Unset = UNSET,
    sortorder_reference: SortDirection | Unset = UNSET,
    sortcustomer_reference: SortDirection | Unset = UNSET,
    sortquantity_expected: SortDirection | Unset = UNSET,
    sortquantity_real: SortDirection | Unset = UNSET,
    sortgross_weight_expected: SortDirection | Unset = UNSET,
    sortgross_weight_real: SortDirection | Unset = UNSET,
    sortvolume_expected: SortDirection | Unset = UNSET,
    sortvolume_real: SortDirection | Unset = UNSET,
) -> Error | ShipmentList | None:
    """List the shipments of the caller's society

     One page of shipments at a time. Follow `metadata.next` with `page[cursor]` until it is null.
    Filters combine with AND.

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        groups (list[ShipmentGroup] | Unset):
        filterquantity_expectedeq (float | Unset):
        filterquantity_expectedne (float | Unset):
        filterquantity_expectedgt (float | Unset):
        filterquantity_expectedgte (float | Unset):
        filterquantity_expectedlt (float | Unset):
        filterquantity_expectedlte (float | Unset):
        filterquantity_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filterquantity_realeq (float | Unset):
        filterquantity_realne (float | Unset):
        filterquantity_realgt (float | Unset):
        filterquantity_realgte (float | Unset):
        filterquantity_reallt (float | Unset):
        filterquantity_reallte (float | Unset):
        filterquantity_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_expectedeq (float | Unset):
        filtergross_weight_expectedne (float | Unset):
        filtergross_weight_expectedgt (float | Unset):
        filtergross_weight_expectedgte (float | Unset):
        filtergross_weight_expectedlt (float | Unset):
        filtergross_weight_expectedlte (float | Unset):
        filtergross_weight_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_realeq (float | Unset):
        filtergross_weight_realne (float | Unset):
        filtergross_weight_realgt (float | Unset):
        filtergross_weight_realgte (float | Unset):
        filtergross_weight_reallt (float | Unset):
        filtergross_weight_reallte (float | Unset):
        filtergross_weight_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_taxable_expectedeq (float | Unset):
        filtergross_weight_taxable_expectedne (float | Unset):
        filtergross_weight_taxable_expectedgt (float | Unset):
        filtergross_weight_taxable_expectedgte (float | Unset):
        filtergross_weight_taxable_expectedlt (float | Unset):
        filtergross_weight_taxable_expectedlte (float | Unset):
        filtergross_weight_taxable_expectedbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtergross_weight_taxable_realeq (float | Unset):
        filtergross_weight_taxable_realne (float | Unset):
        filtergross_weight_taxable_realgt (float | Unset):
        filtergross_weight_taxable_realgte (float | Unset):
        filtergross_weight_taxable_reallt (float | Unset):
        filtergross_weight_taxable_reallte (float | Unset):
        filtergross_weight_taxable_realbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtervolume_expectedeq (float | Unset):
        filtervolume_expectedne (float | Unset):
        filtervolume_expectedgt (float | Unset):
        filtervolume_expectedgte (float | Unset):
        filtervolume_expectedlt (float | Unset):
        filtervolume_expectedlte (float | Unset):
        filtervolume_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtervolume_realeq (float | Unset):
        filtervolume_realne (float | Unset):
        filtervolume_realgt (float | Unset):
        filtervolume_realgte (float | Unset):
        filtervolume_reallt (float | Unset):
        filtervolume_reallte (float | Unset):
        filtervolume_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtercreated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterupdated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterlimit_boarding_timeeq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timene (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timebetween (str | Unset): Two ISO 8601 date-times (or dates),
            `start,end`, both included; no offset means UTC.
        filterorder_referenceeq (str | Unset):
        filterorder_referencene (str | Unset):
        filtercustomer_referenceeq (str | Unset):
        filtercustomer_referencene (str | Unset):
        filtermawb_numbereq (str | Unset):
        filtermawb_numberne (str | Unset):
        filterhawb_numbereq (str | Unset):
        filterhawb_numberne (str | Unset):
        filterdepartureeq (str | Unset):
        filterdeparturene (str | Unset):
        filterarrivaleq (str | Unset):
        filterarrivalne (str | Unset):
        filterdeparture_countryeq (str | Unset):
        filterdeparture_countryne (str | Unset):
        filterarrival_countryeq (str | Unset):
        filterarrival_countryne (str | Unset):
        filteris_secureeq (bool | Unset):
        filteris_securene (bool | Unset):
        filteris_dangerouseq (bool | Unset):
        filteris_dangerousne (bool | Unset):
        sortcreated_at (SortDirection | Unset):
        sortupdated_at (SortDirection | Unset):
        sortlimit_boarding_time (SortDirection | Unset):
        sortorder_reference (SortDirection | Unset):
        sortcustomer_reference (SortDirection | Unset):
        sortquantity_expected (SortDirection | Unset):
        sortquantity_real (SortDirection | Unset):
        sortgross_weight_expected (SortDirection | Unset):
        sortgross_weight_real (SortDirection | Unset):
        sortvolume_expected (SortDirection | Unset):
        sortvolume_real (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShipmentList
    """

    return sync_detailed(
        client=client,
        pagelimit=pagelimit,
        pagecursor=pagecursor,
        groups=groups,
        filterquantity_expectedeq=filterquantity_expectedeq,
        filterquantity_expectedne=filterquantity_expectedne,
        filterquantity_expectedgt=filterquantity_expectedgt,
        filterquantity_expectedgte=filterquantity_expectedgte,
        filterquantity_expectedlt=filterquantity_expectedlt,
        filterquantity_expectedlte=filterquantity_expectedlte,
        filterquantity_expectedbetween=filterquantity_expectedbetween,
        filterquantity_realeq=filterquantity_realeq,
        filterquantity_realne=filterquantity_realne,
        filterquantity_realgt=filterquantity_realgt,
        filterquantity_realgte=filterquantity_realgte,
        filterquantity_reallt=filterquantity_reallt,
        filterquantity_reallte=filterquantity_reallte,
        filterquantity_realbetween=filterquantity_realbetween,
        filtergross_weight_expectedeq=filtergross_weight_expectedeq,
        filtergross_weight_expectedne=filtergross_weight_expectedne,
        filtergross_weight_expectedgt=filtergross_weight_expectedgt,
        filtergross_weight_expectedgte=filtergross_weight_expectedgte,
        filtergross_weight_expectedlt=filtergross_weight_expectedlt,
        filtergross_weight_expectedlte=filtergross_weight_expectedlte,
        filtergross_weight_expectedbetween=filtergross_weight_expectedbetween,
        filtergross_weight_realeq=filtergross_weight_realeq,
        filtergross_weight_realne=filtergross_weight_realne,
        filtergross_weight_realgt=filtergross_weight_realgt,
        filtergross_weight_realgte=filtergross_weight_realgte,
        filtergross_weight_reallt=filtergross_weight_reallt,
        filtergross_weight_reallte=filtergross_weight_reallte,
        filtergross_weight_realbetween=filtergross_weight_realbetween,
        filtergross_weight_taxable_expectedeq=filtergross_weight_taxable_expectedeq,
        filtergross_weight_taxable_expectedne=filtergross_weight_taxable_expectedne,
        filtergross_weight_taxable_expectedgt=filtergross_weight_taxable_expectedgt,
        filtergross_weight_taxable_expectedgte=filtergross_weight_taxable_expectedgte,
        filtergross_weight_taxable_expectedlt=filtergross_weight_taxable_expectedlt,
        filtergross_weight_taxable_expectedlte=filtergross_weight_taxable_expectedlte,
        filtergross_weight_taxable_expectedbetween=filtergross_weight_taxable_expectedbetween,
        filtergross_weight_taxable_realeq=filtergross_weight_taxable_realeq,
        filtergross_weight_taxable_realne=filtergross_weight_taxable_realne,
        filtergross_weight_taxable_realgt=filtergross_weight_taxable_realgt,
        filtergross_weight_taxable_realgte=filtergross_weight_taxable_realgte,
        filtergross_weight_taxable_reallt=filtergross_weight_taxable_reallt,
        filtergross_weight_taxable_reallte=filtergross_weight_taxable_reallte,
        filtergross_weight_taxable_realbetween=filtergross_weight_taxable_realbetween,
        filtervolume_expectedeq=filtervolume_expectedeq,
        filtervolume_expectedne=filtervolume_expectedne,
        filtervolume_expectedgt=filtervolume_expectedgt,
        filtervolume_expectedgte=filtervolume_expectedgte,
        filtervolume_expectedlt=filtervolume_expectedlt,
        filtervolume_expectedlte=filtervolume_expectedlte,
        filtervolume_expectedbetween=filtervolume_expectedbetween,
        filtervolume_realeq=filtervolume_realeq,
        filtervolume_realne=filtervolume_realne,
        filtervolume_realgt=filtervolume_realgt,
        filtervolume_realgte=filtervolume_realgte,
        filtervolume_reallt=filtervolume_reallt,
        filtervolume_reallte=filtervolume_reallte,
        filtervolume_realbetween=filtervolume_realbetween,
        filtercreated_ateq=filtercreated_ateq,
        filtercreated_atne=filtercreated_atne,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atgte=filtercreated_atgte,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atlte=filtercreated_atlte,
        filtercreated_atbetween=filtercreated_atbetween,
        filterupdated_ateq=filterupdated_ateq,
        filterupdated_atne=filterupdated_atne,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atgte=filterupdated_atgte,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atlte=filterupdated_atlte,
        filterupdated_atbetween=filterupdated_atbetween,
        filterlimit_boarding_timeeq=filterlimit_boarding_timeeq,
        filterlimit_boarding_timene=filterlimit_boarding_timene,
        filterlimit_boarding_timegt=filterlimit_boarding_timegt,
        filterlimit_boarding_timegte=filterlimit_boarding_timegte,
        filterlimit_boarding_timelt=filterlimit_boarding_timelt,
        filterlimit_boarding_timelte=filterlimit_boarding_timelte,
        filterlimit_boarding_timebetween=filterlimit_boarding_timebetween,
        filterorder_referenceeq=filterorder_referenceeq,
        filterorder_referencene=filterorder_referencene,
        filtercustomer_referenceeq=filtercustomer_referenceeq,
        filtercustomer_referencene=filtercustomer_referencene,
        filtermawb_numbereq=filtermawb_numbereq,
        filtermawb_numberne=filtermawb_numberne,
        filterhawb_numbereq=filterhawb_numbereq,
        filterhawb_numberne=filterhawb_numberne,
        filterdepartureeq=filterdepartureeq,
        filterdeparturene=filterdeparturene,
        filterarrivaleq=filterarrivaleq,
        filterarrivalne=filterarrivalne,
        filterdeparture_countryeq=filterdeparture_countryeq,
        filterdeparture_countryne=filterdeparture_countryne,
        filterarrival_countryeq=filterarrival_countryeq,
        filterarrival_countryne=filterarrival_countryne,
        filteris_secureeq=filteris_secureeq,
        filteris_securene=filteris_securene,
        filteris_dangerouseq=filteris_dangerouseq,
        filteris_dangerousne=filteris_dangerousne,
        sortcreated_at=sortcreated_at,
        sortupdated_at=sortupdated_at,
        sortlimit_boarding_time=sortlimit_boarding_time,
        sortorder_reference=sortorder_reference,
        sortcustomer_reference=sortcustomer_reference,
        sortquantity_expected=sortquantity_expected,
        sortquantity_real=sortquantity_real,
        sortgross_weight_expected=sortgross_weight_expected,
        sortgross_weight_real=sortgross_weight_real,
        sortvolume_expected=sortvolume_expected,
        sortvolume_real=sortvolume_real,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    groups: list[ShipmentGroup] | Unset = UNSET,
    filterquantity_expectedeq: float | Unset = UNSET,
    filterquantity_expectedne: float | Unset = UNSET,
    filterquantity_expectedgt: float | Unset = UNSET,
    filterquantity_expectedgte: float | Unset = UNSET,
    filterquantity_expectedlt: float | Unset = UNSET,
    filterquantity_expectedlte: float | Unset = UNSET,
    filterquantity_expectedbetween: str | Unset = UNSET,
    filterquantity_realeq: float | Unset = UNSET,
    filterquantity_realne: float | Unset = UNSET,
    filterquantity_realgt: float | Unset = UNSET,
    filterquantity_realgte: float | Unset = UNSET,
    filterquantity_reallt: float | Unset = UNSET,
    filterquantity_reallte: float | Unset = UNSET,
    filterquantity_realbetween: str | Unset = UNSET,
    filtergross_weight_expectedeq: float | Unset = UNSET,
    filtergross_weight_expectedne: float | Unset = UNSET,
    filtergross_weight_expectedgt: float | Unset = UNSET,
    filtergross_weight_expectedgte: float | Unset = UNSET,
    filtergross_weight_expectedlt: float | Unset = UNSET,
    filtergross_weight_expectedlte: float | Unset = UNSET,
    filtergross_weight_expectedbetween: str | Unset = UNSET,
    filtergross_weight_realeq: float | Unset = UNSET,
    filtergross_weight_realne: float | Unset = UNSET,
    filtergross_weight_realgt: float | Unset = UNSET,
    filtergross_weight_realgte: float | Unset = UNSET,
    filtergross_weight_reallt: float | Unset = UNSET,
    filtergross_weight_reallte: float | Unset = UNSET,
    filtergross_weight_realbetween: str | Unset = UNSET,
    filtergross_weight_taxable_expectedeq: float | Unset = UNSET,
    filtergross_weight_taxable_expectedne: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedbetween: str | Unset = UNSET,
    filtergross_weight_taxable_realeq: float | Unset = UNSET,
    filtergross_weight_taxable_realne: float | Unset = UNSET,
    filtergross_weight_taxable_realgt: float | Unset = UNSET,
    filtergross_weight_taxable_realgte: float | Unset = UNSET,
    filtergross_weight_taxable_reallt: float | Unset = UNSET,
    filtergross_weight_taxable_reallte: float | Unset = UNSET,
    filtergross_weight_taxable_realbetween: str | Unset = UNSET,
    filtervolume_expectedeq: float | Unset = UNSET,
    filtervolume_expectedne: float | Unset = UNSET,
    filtervolume_expectedgt: float | Unset = UNSET,
    filtervolume_expectedgte: float | Unset = UNSET,
    filtervolume_expectedlt: float | Unset = UNSET,
    filtervolume_expectedlte: float | Unset = UNSET,
    filtervolume_expectedbetween: str | Unset = UNSET,
    filtervolume_realeq: float | Unset = UNSET,
    filtervolume_realne: float | Unset = UNSET,
    filtervolume_realgt: float | Unset = UNSET,
    filtervolume_realgte: float | Unset = UNSET,
    filtervolume_reallt: float | Unset = UNSET,
    filtervolume_reallte: float | Unset = UNSET,
    filtervolume_realbetween: str | Unset = UNSET,
    filtercreated_ateq: str | Unset = UNSET,
    filtercreated_atne: str | Unset = UNSET,
    filtercreated_atgt: str | Unset = UNSET,
    filtercreated_atgte: str | Unset = UNSET,
    filtercreated_atlt: str | Unset = UNSET,
    filtercreated_atlte: str | Unset = UNSET,
    filtercreated_atbetween: str | Unset = UNSET,
    filterupdated_ateq: str | Unset = UNSET,
    filterupdated_atne: str | Unset = UNSET,
    filterupdated_atgt: str | Unset = UNSET,
    filterupdated_atgte: str | Unset = UNSET,
    filterupdated_atlt: str | Unset = UNSET,
    filterupdated_atlte: str | Unset = UNSET,
    filterupdated_atbetween: str | Unset = UNSET,
    filterlimit_boarding_timeeq: str | Unset = UNSET,
    filterlimit_boarding_timene: str | Unset = UNSET,
    filterlimit_boarding_timegt: str | Unset = UNSET,
    filterlimit_boarding_timegte: str | Unset = UNSET,
    filterlimit_boarding_timelt: str | Unset = UNSET,
    filterlimit_boarding_timelte: str | Unset = UNSET,
    filterlimit_boarding_timebetween: str | Unset = UNSET,
    filterorder_referenceeq: str | Unset = UNSET,
    filterorder_referencene: str | Unset = UNSET,
    filtercustomer_referenceeq: str | Unset = UNSET,
    filtercustomer_referencene: str | Unset = UNSET,
    filtermawb_numbereq: str | Unset = UNSET,
    filtermawb_numberne: str | Unset = UNSET,
    filterhawb_numbereq: str | Unset = UNSET,
    filterhawb_numberne: str | Unset = UNSET,
    filterdepartureeq: str | Unset = UNSET,
    filterdeparturene: str | Unset = UNSET,
    filterarrivaleq: str | Unset = UNSET,
    filterarrivalne: str | Unset = UNSET,
    filterdeparture_countryeq: str | Unset = UNSET,
    filterdeparture_countryne: str | Unset = UNSET,
    filterarrival_countryeq: str | Unset = UNSET,
    filterarrival_countryne: str | Unset = UNSET,
    filteris_secureeq: bool | Unset = UNSET,
    filteris_securene: bool | Unset = UNSET,
    filteris_dangerouseq: bool | Unset = UNSET,
    filteris_dangerousne: bool | Unset = UNSET,
    sortcreated_at: SortDirection | Unset = UNSET,
    sortupdated_at: SortDirection | Unset = UNSET,
    sortlimit_boarding_time: SortDirection | Unset = UNSET,
    sortorder_reference: SortDirection | Unset = UNSET,
    sortcustomer_reference: SortDirection | Unset = UNSET,
    sortquantity_expected: SortDirection | Unset = UNSET,
    sortquantity_real: SortDirection | Unset = UNSET,
    sortgross_weight_expected: SortDirection | Unset = UNSET,
    sortgross_weight_real: SortDirection | Unset = UNSET,
    sortvolume_expected: SortDirection | Unset = UNSET,
    sortvolume_real: SortDirection | Unset = UNSET,
) -> Response[Error | ShipmentList]:
    """List the shipments of the caller's society

     One page of shipments at a time. Follow `metadata.next` with `page[cursor]` until it is null.
    Filters combine with AND.

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        groups (list[ShipmentGroup] | Unset):
        filterquantity_expectedeq (float | Unset):
        filterquantity_expectedne (float | Unset):
        filterquantity_expectedgt (float | Unset):
        filterquantity_expectedgte (float | Unset):
        filterquantity_expectedlt (float | Unset):
        filterquantity_expectedlte (float | Unset):
        filterquantity_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filterquantity_realeq (float | Unset):
        filterquantity_realne (float | Unset):
        filterquantity_realgt (float | Unset):
        filterquantity_realgte (float | Unset):
        filterquantity_reallt (float | Unset):
        filterquantity_reallte (float | Unset):
        filterquantity_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_expectedeq (float | Unset):
        filtergross_weight_expectedne (float | Unset):
        filtergross_weight_expectedgt (float | Unset):
        filtergross_weight_expectedgte (float | Unset):
        filtergross_weight_expectedlt (float | Unset):
        filtergross_weight_expectedlte (float | Unset):
        filtergross_weight_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_realeq (float | Unset):
        filtergross_weight_realne (float | Unset):
        filtergross_weight_realgt (float | Unset):
        filtergross_weight_realgte (float | Unset):
        filtergross_weight_reallt (float | Unset):
        filtergross_weight_reallte (float | Unset):
        filtergross_weight_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_taxable_expectedeq (float | Unset):
        filtergross_weight_taxable_expectedne (float | Unset):
        filtergross_weight_taxable_expectedgt (float | Unset):
        filtergross_weight_taxable_expectedgte (float | Unset):
        filtergross_weight_taxable_expectedlt (float | Unset):
        filtergross_weight_taxable_expectedlte (float | Unset):
        filtergross_weight_taxable_expectedbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtergross_weight_taxable_realeq (float | Unset):
        filtergross_weight_taxable_realne (float | Unset):
        filtergross_weight_taxable_realgt (float | Unset):
        filtergross_weight_taxable_realgte (float | Unset):
        filtergross_weight_taxable_reallt (float | Unset):
        filtergross_weight_taxable_reallte (float | Unset):
        filtergross_weight_taxable_realbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtervolume_expectedeq (float | Unset):
        filtervolume_expectedne (float | Unset):
        filtervolume_expectedgt (float | Unset):
        filtervolume_expectedgte (float | Unset):
        filtervolume_expectedlt (float | Unset):
        filtervolume_expectedlte (float | Unset):
        filtervolume_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtervolume_realeq (float | Unset):
        filtervolume_realne (float | Unset):
        filtervolume_realgt (float | Unset):
        filtervolume_realgte (float | Unset):
        filtervolume_reallt (float | Unset):
        filtervolume_reallte (float | Unset):
        filtervolume_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtercreated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterupdated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterlimit_boarding_timeeq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timene (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timebetween (str | Unset): Two ISO 8601 date-times (or dates),
            `start,end`, both included; no offset means UTC.
        filterorder_referenceeq (str | Unset):
        filterorder_referencene (str | Unset):
        filtercustomer_referenceeq (str | Unset):
        filtercustomer_referencene (str | Unset):
        filtermawb_numbereq (str | Unset):
        filtermawb_numberne (str | Unset):
        filterhawb_numbereq (str | Unset):
        filterhawb_numberne (str | Unset):
        filterdepartureeq (str | Unset):
        filterdeparturene (str | Unset):
        filterarrivaleq (str | Unset):
        filterarrivalne (str | Unset):
        filterdeparture_countryeq (str | Unset):
        filterdeparture_countryne (str | Unset):
        filterarrival_countryeq (str | Unset):
        filterarrival_countryne (str | Unset):
        filteris_secureeq (bool | Unset):
        filteris_securene (bool | Unset):
        filteris_dangerouseq (bool | Unset):
        filteris_dangerousne (bool | Unset):
        sortcreated_at (SortDirection | Unset):
        sortupdated_at (SortDirection | Unset):
        sortlimit_boarding_time (SortDirection | Unset):
        sortorder_reference (SortDirection | Unset):
        sortcustomer_reference (SortDirection | Unset):
        sortquantity_expected (SortDirection | Unset):
        sortquantity_real (SortDirection | Unset):
        sortgross_weight_expected (SortDirection | Unset):
        sortgross_weight_real (SortDirection | Unset):
        sortvolume_expected (SortDirection | Unset):
        sortvolume_real (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShipmentList]
    """

    kwargs = _get_kwargs(
        pagelimit=pagelimit,
        pagecursor=pagecursor,
        groups=groups,
        filterquantity_expectedeq=filterquantity_expectedeq,
        filterquantity_expectedne=filterquantity_expectedne,
        filterquantity_expectedgt=filterquantity_expectedgt,
        filterquantity_expectedgte=filterquantity_expectedgte,
        filterquantity_expectedlt=filterquantity_expectedlt,
        filterquantity_expectedlte=filterquantity_expectedlte,
        filterquantity_expectedbetween=filterquantity_expectedbetween,
        filterquantity_realeq=filterquantity_realeq,
        filterquantity_realne=filterquantity_realne,
        filterquantity_realgt=filterquantity_realgt,
        filterquantity_realgte=filterquantity_realgte,
        filterquantity_reallt=filterquantity_reallt,
        filterquantity_reallte=filterquantity_reallte,
        filterquantity_realbetween=filterquantity_realbetween,
        filtergross_weight_expectedeq=filtergross_weight_expectedeq,
        filtergross_weight_expectedne=filtergross_weight_expectedne,
        filtergross_weight_expectedgt=filtergross_weight_expectedgt,
        filtergross_weight_expectedgte=filtergross_weight_expectedgte,
        filtergross_weight_expectedlt=filtergross_weight_expectedlt,
        filtergross_weight_expectedlte=filtergross_weight_expectedlte,
        filtergross_weight_expectedbetween=filtergross_weight_expectedbetween,
        filtergross_weight_realeq=filtergross_weight_realeq,
        filtergross_weight_realne=filtergross_weight_realne,
        filtergross_weight_realgt=filtergross_weight_realgt,
        filtergross_weight_realgte=filtergross_weight_realgte,
        filtergross_weight_reallt=filtergross_weight_reallt,
        filtergross_weight_reallte=filtergross_weight_reallte,
        filtergross_weight_realbetween=filtergross_weight_realbetween,
        filtergross_weight_taxable_expectedeq=filtergross_weight_taxable_expectedeq,
        filtergross_weight_taxable_expectedne=filtergross_weight_taxable_expectedne,
        filtergross_weight_taxable_expectedgt=filtergross_weight_taxable_expectedgt,
        filtergross_weight_taxable_expectedgte=filtergross_weight_taxable_expectedgte,
        filtergross_weight_taxable_expectedlt=filtergross_weight_taxable_expectedlt,
        filtergross_weight_taxable_expectedlte=filtergross_weight_taxable_expectedlte,
        filtergross_weight_taxable_expectedbetween=filtergross_weight_taxable_expectedbetween,
        filtergross_weight_taxable_realeq=filtergross_weight_taxable_realeq,
        filtergross_weight_taxable_realne=filtergross_weight_taxable_realne,
        filtergross_weight_taxable_realgt=filtergross_weight_taxable_realgt,
        filtergross_weight_taxable_realgte=filtergross_weight_taxable_realgte,
        filtergross_weight_taxable_reallt=filtergross_weight_taxable_reallt,
        filtergross_weight_taxable_reallte=filtergross_weight_taxable_reallte,
        filtergross_weight_taxable_realbetween=filtergross_weight_taxable_realbetween,
        filtervolume_expectedeq=filtervolume_expectedeq,
        filtervolume_expectedne=filtervolume_expectedne,
        filtervolume_expectedgt=filtervolume_expectedgt,
        filtervolume_expectedgte=filtervolume_expectedgte,
        filtervolume_expectedlt=filtervolume_expectedlt,
        filtervolume_expectedlte=filtervolume_expectedlte,
        filtervolume_expectedbetween=filtervolume_expectedbetween,
        filtervolume_realeq=filtervolume_realeq,
        filtervolume_realne=filtervolume_realne,
        filtervolume_realgt=filtervolume_realgt,
        filtervolume_realgte=filtervolume_realgte,
        filtervolume_reallt=filtervolume_reallt,
        filtervolume_reallte=filtervolume_reallte,
        filtervolume_realbetween=filtervolume_realbetween,
        filtercreated_ateq=filtercreated_ateq,
        filtercreated_atne=filtercreated_atne,
        filtercreated_atgt=filtercreated_atgt,
        filtercreated_atgte=filtercreated_atgte,
        filtercreated_atlt=filtercreated_atlt,
        filtercreated_atlte=filtercreated_atlte,
        filtercreated_atbetween=filtercreated_atbetween,
        filterupdated_ateq=filterupdated_ateq,
        filterupdated_atne=filterupdated_atne,
        filterupdated_atgt=filterupdated_atgt,
        filterupdated_atgte=filterupdated_atgte,
        filterupdated_atlt=filterupdated_atlt,
        filterupdated_atlte=filterupdated_atlte,
        filterupdated_atbetween=filterupdated_atbetween,
        filterlimit_boarding_timeeq=filterlimit_boarding_timeeq,
        filterlimit_boarding_timene=filterlimit_boarding_timene,
        filterlimit_boarding_timegt=filterlimit_boarding_timegt,
        filterlimit_boarding_timegte=filterlimit_boarding_timegte,
        filterlimit_boarding_timelt=filterlimit_boarding_timelt,
        filterlimit_boarding_timelte=filterlimit_boarding_timelte,
        filterlimit_boarding_timebetween=filterlimit_boarding_timebetween,
        filterorder_referenceeq=filterorder_referenceeq,
        filterorder_referencene=filterorder_referencene,
        filtercustomer_referenceeq=filtercustomer_referenceeq,
        filtercustomer_referencene=filtercustomer_referencene,
        filtermawb_numbereq=filtermawb_numbereq,
        filtermawb_numberne=filtermawb_numberne,
        filterhawb_numbereq=filterhawb_numbereq,
        filterhawb_numberne=filterhawb_numberne,
        filterdepartureeq=filterdepartureeq,
        filterdeparturene=filterdeparturene,
        filterarrivaleq=filterarrivaleq,
        filterarrivalne=filterarrivalne,
        filterdeparture_countryeq=filterdeparture_countryeq,
        filterdeparture_countryne=filterdeparture_countryne,
        filterarrival_countryeq=filterarrival_countryeq,
        filterarrival_countryne=filterarrival_countryne,
        filteris_secureeq=filteris_secureeq,
        filteris_securene=filteris_securene,
        filteris_dangerouseq=filteris_dangerouseq,
        filteris_dangerousne=filteris_dangerousne,
        sortcreated_at=sortcreated_at,
        sortupdated_at=sortupdated_at,
        sortlimit_boarding_time=sortlimit_boarding_time,
        sortorder_reference=sortorder_reference,
        sortcustomer_reference=sortcustomer_reference,
        sortquantity_expected=sortquantity_expected,
        sortquantity_real=sortquantity_real,
        sortgross_weight_expected=sortgross_weight_expected,
        sortgross_weight_real=sortgross_weight_real,
        sortvolume_expected=sortvolume_expected,
        sortvolume_real=sortvolume_real,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagelimit: int | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    groups: list[ShipmentGroup] | Unset = UNSET,
    filterquantity_expectedeq: float | Unset = UNSET,
    filterquantity_expectedne: float | Unset = UNSET,
    filterquantity_expectedgt: float | Unset = UNSET,
    filterquantity_expectedgte: float | Unset = UNSET,
    filterquantity_expectedlt: float | Unset = UNSET,
    filterquantity_expectedlte: float | Unset = UNSET,
    filterquantity_expectedbetween: str | Unset = UNSET,
    filterquantity_realeq: float | Unset = UNSET,
    filterquantity_realne: float | Unset = UNSET,
    filterquantity_realgt: float | Unset = UNSET,
    filterquantity_realgte: float | Unset = UNSET,
    filterquantity_reallt: float | Unset = UNSET,
    filterquantity_reallte: float | Unset = UNSET,
    filterquantity_realbetween: str | Unset = UNSET,
    filtergross_weight_expectedeq: float | Unset = UNSET,
    filtergross_weight_expectedne: float | Unset = UNSET,
    filtergross_weight_expectedgt: float | Unset = UNSET,
    filtergross_weight_expectedgte: float | Unset = UNSET,
    filtergross_weight_expectedlt: float | Unset = UNSET,
    filtergross_weight_expectedlte: float | Unset = UNSET,
    filtergross_weight_expectedbetween: str | Unset = UNSET,
    filtergross_weight_realeq: float | Unset = UNSET,
    filtergross_weight_realne: float | Unset = UNSET,
    filtergross_weight_realgt: float | Unset = UNSET,
    filtergross_weight_realgte: float | Unset = UNSET,
    filtergross_weight_reallt: float | Unset = UNSET,
    filtergross_weight_reallte: float | Unset = UNSET,
    filtergross_weight_realbetween: str | Unset = UNSET,
    filtergross_weight_taxable_expectedeq: float | Unset = UNSET,
    filtergross_weight_taxable_expectedne: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedgte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlt: float | Unset = UNSET,
    filtergross_weight_taxable_expectedlte: float | Unset = UNSET,
    filtergross_weight_taxable_expectedbetween: str | Unset = UNSET,
    filtergross_weight_taxable_realeq: float | Unset = UNSET,
    filtergross_weight_taxable_realne: float | Unset = UNSET,
    filtergross_weight_taxable_realgt: float | Unset = UNSET,
    filtergross_weight_taxable_realgte: float | Unset = UNSET,
    filtergross_weight_taxable_reallt: float | Unset = UNSET,
    filtergross_weight_taxable_reallte: float | Unset = UNSET,
    filtergross_weight_taxable_realbetween: str | Unset = UNSET,
    filtervolume_expectedeq: float | Unset = UNSET,
    filtervolume_expectedne: float | Unset = UNSET,
    filtervolume_expectedgt: float | Unset = UNSET,
    filtervolume_expectedgte: float | Unset = UNSET,
    filtervolume_expectedlt: float | Unset = UNSET,
    filtervolume_expectedlte: float | Unset = UNSET,
    filtervolume_expectedbetween: str | Unset = UNSET,
    filtervolume_realeq: float | Unset = UNSET,
    filtervolume_realne: float | Unset = UNSET,
    filtervolume_realgt: float | Unset = UNSET,
    filtervolume_realgte: float | Unset = UNSET,
    filtervolume_reallt: float | Unset = UNSET,
    filtervolume_reallte: float | Unset = UNSET,
    filtervolume_realbetween: str | Unset = UNSET,
    filtercreated_ateq: str | Unset = UNSET,
    filtercreated_atne: str | Unset = UNSET,
    filtercreated_atgt: str | Unset = UNSET,
    filtercreated_atgte: str | Unset = UNSET,
    filtercreated_atlt: str | Unset = UNSET,
    filtercreated_atlte: str | Unset = UNSET,
    filtercreated_atbetween: str | Unset = UNSET,
    filterupdated_ateq: str | Unset = UNSET,
    filterupdated_atne: str | Unset = UNSET,
    filterupdated_atgt: str | Unset = UNSET,
    filterupdated_atgte: str | Unset = UNSET,
    filterupdated_atlt: str | Unset = UNSET,
    filterupdated_atlte: str | Unset = UNSET,
    filterupdated_atbetween: str | Unset = UNSET,
    filterlimit_boarding_timeeq: str | Unset = UNSET,
    filterlimit_boarding_timene: str | Unset = UNSET,
    filterlimit_boarding_timegt: str | Unset = UNSET,
    filterlimit_boarding_timegte: str | Unset = UNSET,
    filterlimit_boarding_timelt: str | Unset = UNSET,
    filterlimit_boarding_timelte: str | Unset = UNSET,
    filterlimit_boarding_timebetween: str | Unset = UNSET,
    filterorder_referenceeq: str | Unset = UNSET,
    filterorder_referencene: str | Unset = UNSET,
    filtercustomer_referenceeq: str | Unset = UNSET,
    filtercustomer_referencene: str | Unset = UNSET,
    filtermawb_numbereq: str | Unset = UNSET,
    filtermawb_numberne: str | Unset = UNSET,
    filterhawb_numbereq: str | Unset = UNSET,
    filterhawb_numberne: str | Unset = UNSET,
    filterdepartureeq: str | Unset = UNSET,
    filterdeparturene: str | Unset = UNSET,
    filterarrivaleq: str | Unset = UNSET,
    filterarrivalne: str | Unset = UNSET,
    filterdeparture_countryeq: str | Unset = UNSET,
    filterdeparture_countryne: str | Unset = UNSET,
    filterarrival_countryeq: str | Unset = UNSET,
    filterarrival_countryne: str | Unset = UNSET,
    filteris_secureeq: bool | Unset = UNSET,
    filteris_securene: bool | Unset = UNSET,
    filteris_dangerouseq: bool | Unset = UNSET,
    filteris_dangerousne: bool | Unset = UNSET,
    sortcreated_at: SortDirection | Unset = UNSET,
    sortupdated_at: SortDirection | Unset = UNSET,
    sortlimit_boarding_time: SortDirection | Unset = UNSET,
    sortorder_reference: SortDirection | Unset = UNSET,
    sortcustomer_reference: SortDirection | Unset = UNSET,
    sortquantity_expected: SortDirection | Unset = UNSET,
    sortquantity_real: SortDirection | Unset = UNSET,
    sortgross_weight_expected: SortDirection | Unset = UNSET,
    sortgross_weight_real: SortDirection | Unset = UNSET,
    sortvolume_expected: SortDirection | Unset = UNSET,
    sortvolume_real: SortDirection | Unset = UNSET,
) -> Error | ShipmentList | None:
    """List the shipments of the caller's society

     One page of shipments at a time. Follow `metadata.next` with `page[cursor]` until it is null.
    Filters combine with AND.

    Args:
        pagelimit (int | Unset):
        pagecursor (str | Unset):
        groups (list[ShipmentGroup] | Unset):
        filterquantity_expectedeq (float | Unset):
        filterquantity_expectedne (float | Unset):
        filterquantity_expectedgt (float | Unset):
        filterquantity_expectedgte (float | Unset):
        filterquantity_expectedlt (float | Unset):
        filterquantity_expectedlte (float | Unset):
        filterquantity_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filterquantity_realeq (float | Unset):
        filterquantity_realne (float | Unset):
        filterquantity_realgt (float | Unset):
        filterquantity_realgte (float | Unset):
        filterquantity_reallt (float | Unset):
        filterquantity_reallte (float | Unset):
        filterquantity_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_expectedeq (float | Unset):
        filtergross_weight_expectedne (float | Unset):
        filtergross_weight_expectedgt (float | Unset):
        filtergross_weight_expectedgte (float | Unset):
        filtergross_weight_expectedlt (float | Unset):
        filtergross_weight_expectedlte (float | Unset):
        filtergross_weight_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_realeq (float | Unset):
        filtergross_weight_realne (float | Unset):
        filtergross_weight_realgt (float | Unset):
        filtergross_weight_realgte (float | Unset):
        filtergross_weight_reallt (float | Unset):
        filtergross_weight_reallte (float | Unset):
        filtergross_weight_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtergross_weight_taxable_expectedeq (float | Unset):
        filtergross_weight_taxable_expectedne (float | Unset):
        filtergross_weight_taxable_expectedgt (float | Unset):
        filtergross_weight_taxable_expectedgte (float | Unset):
        filtergross_weight_taxable_expectedlt (float | Unset):
        filtergross_weight_taxable_expectedlte (float | Unset):
        filtergross_weight_taxable_expectedbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtergross_weight_taxable_realeq (float | Unset):
        filtergross_weight_taxable_realne (float | Unset):
        filtergross_weight_taxable_realgt (float | Unset):
        filtergross_weight_taxable_realgte (float | Unset):
        filtergross_weight_taxable_reallt (float | Unset):
        filtergross_weight_taxable_reallte (float | Unset):
        filtergross_weight_taxable_realbetween (str | Unset): Two numbers, `min,max`, both
            included.
        filtervolume_expectedeq (float | Unset):
        filtervolume_expectedne (float | Unset):
        filtervolume_expectedgt (float | Unset):
        filtervolume_expectedgte (float | Unset):
        filtervolume_expectedlt (float | Unset):
        filtervolume_expectedlte (float | Unset):
        filtervolume_expectedbetween (str | Unset): Two numbers, `min,max`, both included.
        filtervolume_realeq (float | Unset):
        filtervolume_realne (float | Unset):
        filtervolume_realgt (float | Unset):
        filtervolume_realgte (float | Unset):
        filtervolume_reallt (float | Unset):
        filtervolume_reallte (float | Unset):
        filtervolume_realbetween (str | Unset): Two numbers, `min,max`, both included.
        filtercreated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filtercreated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterupdated_ateq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atne (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atgte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atlte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterupdated_atbetween (str | Unset): Two ISO 8601 date-times (or dates), `start,end`,
            both included; no offset means UTC.
        filterlimit_boarding_timeeq (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timene (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timegte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelt (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timelte (str | Unset): An ISO 8601 date-time (`2024-03-16T11:00:00Z`,
            `2024-03-16T12:00:00+01:00`) or a date alone (`2024-03-16`);
            no offset means UTC. A pattern rather than `format: date-time`, because OpenAPI 3.1 does
            not enforce formats
            and the docs allow a date alone.
        filterlimit_boarding_timebetween (str | Unset): Two ISO 8601 date-times (or dates),
            `start,end`, both included; no offset means UTC.
        filterorder_referenceeq (str | Unset):
        filterorder_referencene (str | Unset):
        filtercustomer_referenceeq (str | Unset):
        filtercustomer_referencene (str | Unset):
        filtermawb_numbereq (str | Unset):
        filtermawb_numberne (str | Unset):
        filterhawb_numbereq (str | Unset):
        filterhawb_numberne (str | Unset):
        filterdepartureeq (str | Unset):
        filterdeparturene (str | Unset):
        filterarrivaleq (str | Unset):
        filterarrivalne (str | Unset):
        filterdeparture_countryeq (str | Unset):
        filterdeparture_countryne (str | Unset):
        filterarrival_countryeq (str | Unset):
        filterarrival_countryne (str | Unset):
        filteris_secureeq (bool | Unset):
        filteris_securene (bool | Unset):
        filteris_dangerouseq (bool | Unset):
        filteris_dangerousne (bool | Unset):
        sortcreated_at (SortDirection | Unset):
        sortupdated_at (SortDirection | Unset):
        sortlimit_boarding_time (SortDirection | Unset):
        sortorder_reference (SortDirection | Unset):
        sortcustomer_reference (SortDirection | Unset):
        sortquantity_expected (SortDirection | Unset):
        sortquantity_real (SortDirection | Unset):
        sortgross_weight_expected (SortDirection | Unset):
        sortgross_weight_real (SortDirection | Unset):
        sortvolume_expected (SortDirection | Unset):
        sortvolume_real (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShipmentList
    """

    return (
        await asyncio_detailed(
            client=client,
            pagelimit=pagelimit,
            pagecursor=pagecursor,
            groups=groups,
            filterquantity_expectedeq=filterquantity_expectedeq,
            filterquantity_expectedne=filterquantity_expectedne,
            filterquantity_expectedgt=filterquantity_expectedgt,
            filterquantity_expectedgte=filterquantity_expectedgte,
            filterquantity_expectedlt=filterquantity_expectedlt,
            filterquantity_expectedlte=filterquantity_expectedlte,
            filterquantity_expectedbetween=filterquantity_expectedbetween,
            filterquantity_realeq=filterquantity_realeq,
            filterquantity_realne=filterquantity_realne,
            filterquantity_realgt=filterquantity_realgt,
            filterquantity_realgte=filterquantity_realgte,
            filterquantity_reallt=filterquantity_reallt,
            filterquantity_reallte=filterquantity_reallte,
            filterquantity_realbetween=filterquantity_realbetween,
            filtergross_weight_expectedeq=filtergross_weight_expectedeq,
            filtergross_weight_expectedne=filtergross_weight_expectedne,
            filtergross_weight_expectedgt=filtergross_weight_expectedgt,
            filtergross_weight_expectedgte=filtergross_weight_expectedgte,
            filtergross_weight_expectedlt=filtergross_weight_expectedlt,
            filtergross_weight_expectedlte=filtergross_weight_expectedlte,
            filtergross_weight_expectedbetween=filtergross_weight_expectedbetween,
            filtergross_weight_realeq=filtergross_weight_realeq,
            filtergross_weight_realne=filtergross_weight_realne,
            filtergross_weight_realgt=filtergross_weight_realgt,
            filtergross_weight_realgte=filtergross_weight_realgte,
            filtergross_weight_reallt=filtergross_weight_reallt,
            filtergross_weight_reallte=filtergross_weight_reallte,
            filtergross_weight_realbetween=filtergross_weight_realbetween,
            filtergross_weight_taxable_expectedeq=filtergross_weight_taxable_expectedeq,
            filtergross_weight_taxable_expectedne=filtergross_weight_taxable_expectedne,
            filtergross_weight_taxable_expectedgt=filtergross_weight_taxable_expectedgt,
            filtergross_weight_taxable_expectedgte=filtergross_weight_taxable_expectedgte,
            filtergross_weight_taxable_expectedlt=filtergross_weight_taxable_expectedlt,
            filtergross_weight_taxable_expectedlte=filtergross_weight_taxable_expectedlte,
            filtergross_weight_taxable_expectedbetween=filtergross_weight_taxable_expectedbetween,
            filtergross_weight_taxable_realeq=filtergross_weight_taxable_realeq,
            filtergross_weight_taxable_realne=filtergross_weight_taxable_realne,
            filtergross_weight_taxable_realgt=filtergross_weight_taxable_realgt,
            filtergross_weight_taxable_realgte=filtergross_weight_taxable_realgte,
            filtergross_weight_taxable_reallt=filtergross_weight_taxable_reallt,
            filtergross_weight_taxable_reallte=filtergross_weight_taxable_reallte,
            filtergross_weight_taxable_realbetween=filtergross_weight_taxable_realbetween,
            filtervolume_expectedeq=filtervolume_expectedeq,
            filtervolume_expectedne=filtervolume_expectedne,
            filtervolume_expectedgt=filtervolume_expectedgt,
            filtervolume_expectedgte=filtervolume_expectedgte,
            filtervolume_expectedlt=filtervolume_expectedlt,
            filtervolume_expectedlte=filtervolume_expectedlte,
            filtervolume_expectedbetween=filtervolume_expectedbetween,
            filtervolume_realeq=filtervolume_realeq,
            filtervolume_realne=filtervolume_realne,
            filtervolume_realgt=filtervolume_realgt,
            filtervolume_realgte=filtervolume_realgte,
            filtervolume_reallt=filtervolume_reallt,
            filtervolume_reallte=filtervolume_reallte,
            filtervolume_realbetween=filtervolume_realbetween,
            filtercreated_ateq=filtercreated_ateq,
            filtercreated_atne=filtercreated_atne,
            filtercreated_atgt=filtercreated_atgt,
            filtercreated_atgte=filtercreated_atgte,
            filtercreated_atlt=filtercreated_atlt,
            filtercreated_atlte=filtercreated_atlte,
            filtercreated_atbetween=filtercreated_atbetween,
            filterupdated_ateq=filterupdated_ateq,
            filterupdated_atne=filterupdated_atne,
            filterupdated_atgt=filterupdated_atgt,
            filterupdated_atgte=filterupdated_atgte,
            filterupdated_atlt=filterupdated_atlt,
            filterupdated_atlte=filterupdated_atlte,
            filterupdated_atbetween=filterupdated_atbetween,
            filterlimit_boarding_timeeq=filterlimit_boarding_timeeq,
            filterlimit_boarding_timene=filterlimit_boarding_timene,
            filterlimit_boarding_timegt=filterlimit_boarding_timegt,
            filterlimit_boarding_timegte=filterlimit_boarding_timegte,
            filterlimit_boarding_timelt=filterlimit_boarding_timelt,
            filterlimit_boarding_timelte=filterlimit_boarding_timelte,
            filterlimit_boarding_timebetween=filterlimit_boarding_timebetween,
            filterorder_referenceeq=filterorder_referenceeq,
            filterorder_referencene=filterorder_referencene,
            filtercustomer_referenceeq=filtercustomer_referenceeq,
            filtercustomer_referencene=filtercustomer_referencene,
            filtermawb_numbereq=filtermawb_numbereq,
            filtermawb_numberne=filtermawb_numberne,
            filterhawb_numbereq=filterhawb_numbereq,
            filterhawb_numberne=filterhawb_numberne,
            filterdepartureeq=filterdepartureeq,
            filterdeparturene=filterdeparturene,
            filterarrivaleq=filterarrivaleq,
            filterarrivalne=filterarrivalne,
            filterdeparture_countryeq=filterdeparture_countryeq,
            filterdeparture_countryne=filterdeparture_countryne,
            filterarrival_countryeq=filterarrival_countryeq,
            filterarrival_countryne=filterarrival_countryne,
            filteris_secureeq=filteris_secureeq,
            filteris_securene=filteris_securene,
            filteris_dangerouseq=filteris_dangerouseq,
            filteris_dangerousne=filteris_dangerousne,
            sortcreated_at=sortcreated_at,
            sortupdated_at=sortupdated_at,
            sortlimit_boarding_time=sortlimit_boarding_time,
            sortorder_reference=sortorder_reference,
            sortcustomer_reference=sortcustomer_reference,
            sortquantity_expected=sortquantity_expected,
            sortquantity_real=sortquantity_real,
            sortgross_weight_expected=sortgross_weight_expected,
            sortgross_weight_real=sortgross_weight_real,
            sortvolume_expected=sortvolume_expected,
            sortvolume_real=sortvolume_real,
        )
    ).parsed
