"""The generated functions put the API's bracket parameter names on the wire, exactly.

The generator gives bracket parameters flattened Python names (``page[limit]`` becomes ``pagelimit``) but keeps the
real name as the query key, so the request is right; see openapi/README.md for why the spec declares each
``filter[field][op]`` and ``sort[field]`` as its own scalar parameter instead of a deepObject.
"""

from __future__ import annotations

import json
from uuid import UUID

import httpx
from onerecord_api import AuthenticatedClient, Client
from onerecord_api.api.authentication import create_token
from onerecord_api.api.country import list_countries
from onerecord_api.api.place import get_place
from onerecord_api.api.shipment import get_shipment, list_shipments, update_shipment
from onerecord_api.models import (
    PlaceGroup,
    ShipmentGroup,
    ShipmentUpdate,
    SortDirection,
    TokenRequest,
    TokenRequestGrantType,
)

SHIPMENT_ID = UUID("123e4567-e89b-12d3-a456-426614174000")


class Recorder:
    """A mock transport that keeps every request and answers with a fixed JSON body."""

    def __init__(self, body: object, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.body = body
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url="https://api.one-record.fr",
            token="t0k3n",
            httpx_args={"transport": httpx.MockTransport(self)},
        )


EMPTY_PAGE = {"data": [], "metadata": {"next": None}}


def test_page_parameters_keep_their_brackets() -> None:
    rec = Recorder(EMPTY_PAGE)
    list_shipments.sync(client=rec.client(), pagelimit=50, pagecursor="abc")
    assert rec.requests[0].url.query == b"page%5Blimit%5D=50&page%5Bcursor%5D=abc"
    assert rec.requests[0].url.path == "/shipment"


def test_groups_repeat_one_parameter_per_group() -> None:
    rec = Recorder(EMPTY_PAGE)
    list_shipments.sync(client=rec.client(), groups=[ShipmentGroup.EVENTS, ShipmentGroup.EVENTS_TYPE])
    assert rec.requests[0].url.query == b"groups%5B%5D=events&groups%5B%5D=events.type"


def test_filters_and_sorts_use_nested_brackets() -> None:
    rec = Recorder(EMPTY_PAGE)
    list_shipments.sync(
        client=rec.client(),
        filterquantity_realgt=10,
        filterquantity_expectedbetween="1,5",
        filterorder_referenceeq="E-ONERECORD",
        filteris_dangerouseq=True,
        filtercreated_atgte="2024-03-16T11:00:00Z",
        sortcreated_at=SortDirection.DESC,
    )
    assert rec.requests[0].url.query.split(b"&") == [
        b"filter%5BquantityExpected%5D%5Bbetween%5D=1%2C5",
        b"filter%5BquantityReal%5D%5Bgt%5D=10",
        b"filter%5BcreatedAt%5D%5Bgte%5D=2024-03-16T11%3A00%3A00Z",
        b"filter%5BorderReference%5D%5Beq%5D=E-ONERECORD",
        b"filter%5BisDangerous%5D%5Beq%5D=true",
        b"sort%5BcreatedAt%5D=desc",
    ]


def test_country_filter_matches_the_docs_example() -> None:
    rec = Recorder(EMPTY_PAGE)
    list_countries.sync(client=rec.client(), filtercodeeq="US")
    assert rec.requests[0].url.raw_path == b"/country?filter%5Bcode%5D%5Beq%5D=US"


def test_get_shipment_and_place_with_groups() -> None:
    rec = Recorder({"shipmentId": str(SHIPMENT_ID)})
    shipment = get_shipment.sync(SHIPMENT_ID, client=rec.client(), groups=[ShipmentGroup.ALL])
    assert rec.requests[0].url.raw_path == f"/shipment/{SHIPMENT_ID}?groups%5B%5D=all".encode()
    assert rec.requests[0].headers["Authorization"] == "Bearer t0k3n"
    assert shipment is not None and shipment.shipment_id == SHIPMENT_ID  # type: ignore[union-attr]

    rec = Recorder({"code": "CDG", "country": {"code": "FR"}})
    get_place.sync("CDG", client=rec.client(), groups=[PlaceGroup.COUNTRY])
    assert rec.requests[0].url.raw_path == b"/place/CDG?groups%5B%5D=country"


def test_update_sends_only_the_given_fields_as_json() -> None:
    rec = Recorder({"shipmentId": str(SHIPMENT_ID)})
    update_shipment.sync(SHIPMENT_ID, client=rec.client(), body=ShipmentUpdate(customer_reference="PO-1234"))
    request = rec.requests[0]
    assert request.method == "PUT"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"customerReference": "PO-1234"}


def test_token_request_is_form_encoded_without_bearer() -> None:
    rec = Recorder({"access_token": "a", "expires_in": 1800})
    client = Client(base_url="https://api.one-record.fr", httpx_args={"transport": httpx.MockTransport(rec)})
    body = TokenRequest(grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS, client_id="cid", client_secret="s3cret")
    token = create_token.sync(client=client, body=body)
    request = rec.requests[0]
    assert request.url.path == "/authentication/oauth2/token"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == b"grant_type=client_credentials&client_id=cid&client_secret=s3cret"
    assert "Authorization" not in request.headers
    assert token is not None and token.expires_in == 1800  # type: ignore[union-attr]
