"""No token or secret in any error (attributes, chained exceptions, pickles); malformed tokens refused before use;
the token request never follows a redirect (issue 11, item 7)."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from onerecord._base_client import SyncAPIClient
from onerecord._parsing import parse_model
from onerecord.errors import AuthenticationError, OneRecordError, ResponseValidationError
from onerecord.models import Place

ACCESS = "tok-1-XYZ"
REFRESH = "refresh-77-SECRET"
SECRET = "s3cr3t-VALUE-4f9a77"  # the client secret of every client of conftest.make_client


def chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and every exception chained to it (cause and context)."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [e for e in (item.__cause__, item.__context__) if e is not None]


def leaked(error: BaseException, *secrets: str) -> list[str]:
    """Where any of ``secrets`` can be found in ``error``: text, attributes, pickle, or chained exceptions."""
    found = []
    for item in chain(error):
        views = {"str": str(item), "repr": repr(item), "vars": repr(vars(item))}
        for name in ("response", "request"):
            obj = getattr(item, name, None)
            if isinstance(obj, httpx.Response):
                views[f"{name}.content"] = obj.content.decode("latin-1")
                views[f"{name}.request"] = repr(obj.request.headers) + obj.request.content.decode("latin-1")
            elif isinstance(obj, httpx.Request):
                views[f"{name}.headers"] = repr(obj.headers) + obj.read().decode("latin-1")
        views["pickle"] = pickle.dumps(item).decode("latin-1") if isinstance(item, OneRecordError) else ""
        found += [f"{type(item).__name__}.{view}" for view, text in views.items() for s in secrets if s in text]
    return found


def test_a_response_validation_error_does_not_carry_the_bearer_token(
    api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    api.api_replies.append(httpx.Response(200, json=["not", "a", "place"]))
    response = make_client().request("GET", "/place/CDG")
    with pytest.raises(ResponseValidationError) as info:
        parse_model(Place, response)
    assert info.value.response is response
    assert leaked(info.value, ACCESS, SECRET) == []
    assert pickle.loads(pickle.dumps(info.value)).response.request.headers["authorization"] == "<redacted>"


@pytest.mark.parametrize(
    "token_reply",
    [
        httpx.Response(200, json={"access_token": ["not", "a", "string"], "refresh_token": REFRESH}),
        httpx.Response(200, json={"access_token": f"{ACCESS}\r\nX-Evil: 1", "refresh_token": REFRESH}),
        httpx.Response(200, json={"access_token": f"{ACCESS}\x00", "refresh_token": REFRESH}),
        httpx.Response(200, json={"access_token": f"{ACCESS} with spaces", "refresh_token": REFRESH}),
        httpx.Response(200, json={"access_token": f"{ACCESS}é", "refresh_token": REFRESH}),
        httpx.Response(200, json=[{"access_token": ACCESS, "refresh_token": REFRESH}]),
        httpx.Response(200, text=f"access_token={ACCESS}&refresh_token={REFRESH}"),
        httpx.Response(401, json={"error": "invalid_client", "access_token": ACCESS, "refreshToken": REFRESH}),
    ],
    ids=["non-string", "crlf", "nul", "space", "non-ascii", "list", "form-encoded", "401-with-tokens"],
)
def test_odd_token_responses_raise_without_the_tokens_in_them(
    token_reply: httpx.Response, api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    api.token_replies.append(token_reply)
    with pytest.raises(AuthenticationError) as info:
        make_client().request("GET", "/shipment")
    assert api.api_requests == []  # a malformed token is refused before any use
    assert leaked(info.value, ACCESS, REFRESH, SECRET) == []


def test_the_masked_token_response_keeps_its_shape_for_diagnosis(
    api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    api.token_replies.append(httpx.Response(200, json={"access_token": "bad token", "token_type": "Bearer"}))
    with pytest.raises(AuthenticationError, match="malformed access_token") as info:
        make_client().request("GET", "/shipment")
    assert info.value.body == {"access_token": "<redacted>", "token_type": "Bearer"}
    assert info.value.response.json() == info.value.body


def test_a_token_with_control_characters_never_reaches_a_header_or_an_error_text(
    api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    """Through a real HTTP stack (h11 refuses the header and quotes it): refused before, so nothing is quoted."""
    api.token_replies.append(httpx.Response(200, json={"access_token": "abc\r\ndef", "expires_in": 60}))
    with pytest.raises(OneRecordError) as info:
        make_client().request("GET", "/shipment")
    assert leaked(info.value, "abc\r\ndef", "abc\\r\\ndef") == []


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_the_token_request_never_follows_a_redirect(
    status: int, api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    elsewhere: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == "evil.test":
            elsewhere.append(request)
            return api.issue_token()
        return api.handle(request)

    api.token_replies.append(httpx.Response(status, headers={"Location": "http://evil.test/steal"}))
    http = httpx.Client(transport=httpx.MockTransport(handle), follow_redirects=True)
    with pytest.raises(AuthenticationError) as info:
        make_client(http_client=http).request("GET", "/shipment")
    assert elsewhere == []
    assert info.value.status_code == status
    assert leaked(info.value, SECRET) == []


def test_api_requests_still_follow_the_http_clients_redirect_setting(
    api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    api.api_replies += [httpx.Response(307, headers={"Location": "/shipment/moved"})]
    http = httpx.Client(transport=httpx.MockTransport(api.handle), follow_redirects=True)
    assert make_client(http_client=http).request("GET", "/shipment").status_code == 200
    assert [r.url.path for r in api.api_requests] == ["/shipment", "/shipment/moved"]
