"""Every status maps to its exception, and odd bodies never break the mapping."""

from __future__ import annotations

import pickle

import httpx
import pytest

from onerecord import errors
from onerecord.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    OneRecordError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    make_status_error,
)

URL = "https://api.example.test/shipment/abc?groups%5B%5D=events"


def response(status: int, *, method: str = "GET", **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request(method, URL), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (511, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(response(status, json={"message": "Something went wrong"}))
    assert type(error) is cls
    assert error.status_code == status
    assert error.message == "Something went wrong"
    assert isinstance(error, APIStatusError)
    assert isinstance(error, OneRecordError)


@pytest.mark.parametrize("status", [418, 499, 302, 451, 600])
def test_non_standard_status_gives_plain_api_status_error(status: int) -> None:
    error = make_status_error(response(status, json={"message": "odd"}))
    assert type(error) is APIStatusError
    assert error.status_code == status
    assert error.message == "odd"


def test_validation_errors_are_extracted_and_raw_body_kept() -> None:
    body = {
        "message": "Validation Failed",
        "errors": [
            {"resource": "Shipment", "field": "departure", "code": "missing_field"},
            {"field": "quantityExpected", "code": "invalid", "message": "must be positive", "extra": 1},
            "not an object",
        ],
    }
    error = make_status_error(response(422, method="POST", json=body))
    assert isinstance(error, UnprocessableEntityError)
    assert error.message == "Validation Failed"
    assert error.errors == [
        FieldError(field="departure", code="missing_field", resource="Shipment"),
        FieldError(field="quantityExpected", code="invalid", message="must be positive"),
    ]
    assert error.body == body
    assert "departure: missing_field" in str(error)
    assert "quantityExpected: invalid: must be positive" in str(error)


def test_request_method_and_url_are_kept() -> None:
    error = make_status_error(response(404, method="DELETE", json={"message": "Not found"}))
    assert error.request_method == "DELETE"
    assert error.request_url == URL
    assert str(error) == f"404 Not found (DELETE {URL})"
    assert error.response.status_code == 404


def test_userinfo_is_stripped_from_the_url() -> None:
    request = httpx.Request("GET", "https://user:pa55word@api.example.test/x")
    error = make_status_error(httpx.Response(500, request=request, text="boom"))
    assert "pa55word" not in error.request_url
    assert "pa55word" not in str(error)


@pytest.mark.parametrize(
    ("kwargs", "expected_body"),
    [
        ({"text": "<html>Bad Gateway</html>"}, "<html>Bad Gateway</html>"),
        ({"content": b""}, None),
        ({"json": ["a", "list"]}, ["a", "list"]),
        ({"json": {"message": 42}}, {"message": 42}),
        ({"json": "just a string"}, "just a string"),
        ({"content": b"\xff\xfe\x00garbage"}, None),
    ],
)
def test_odd_bodies_fall_back_to_the_reason_phrase(kwargs: dict[str, object], expected_body: object) -> None:
    error = make_status_error(response(502, **kwargs))
    assert isinstance(error, InternalServerError)
    assert error.message == "Bad Gateway"
    if expected_body is not None:
        assert error.body == expected_body
    assert error.errors == []


def test_oauth_error_body_gives_description_then_code() -> None:
    described = make_status_error(
        response(401, method="POST", json={"error": "invalid_client", "error_description": "Unknown client"})
    )
    assert described.message == "Unknown client"
    bare = make_status_error(response(400, method="POST", json={"error": "unsupported_grant_type"}))
    assert bare.message == "unsupported_grant_type"


def test_cls_override_forces_the_class() -> None:
    error = make_status_error(response(400, json={"error": "invalid_client"}), cls=AuthenticationError)
    assert type(error) is AuthenticationError
    assert error.status_code == 400


def test_rate_limit_error_carries_retry_after() -> None:
    error = make_status_error(response(429, headers={"Retry-After": "7"}, json={"message": "Slow down"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0
    no_header = make_status_error(response(429))
    assert isinstance(no_header, RateLimitError)
    assert no_header.retry_after is None
    assert no_header.message == "Too Many Requests"


def test_response_without_request_does_not_crash() -> None:
    error = make_status_error(httpx.Response(500, text="x"))
    assert error.request_method == ""
    assert error.request_url == ""
    assert str(error) == "500 Internal Server Error"


def test_connection_errors_hierarchy_and_request() -> None:
    request = httpx.Request("GET", URL)
    timeout = APITimeoutError(request=request)
    assert isinstance(timeout, APIConnectionError)
    assert isinstance(timeout, OneRecordError)
    assert timeout.request_method == "GET"
    assert timeout.request_url == URL
    assert timeout.message == "Request timed out."
    assert str(timeout) == f"Request timed out. (GET {URL})"  # which call failed, as status errors say
    assert str(APIConnectionError()) == "Connection error."


def test_response_validation_error_keeps_body() -> None:
    error = ResponseValidationError("bad shipment", body={"shipmentId": 3})
    assert isinstance(error, OneRecordError)
    assert error.body == {"shipmentId": 3}
    assert error.response is None


def test_public_names_are_exported() -> None:
    for name in errors.__all__:
        assert hasattr(errors, name)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 429, 500, 520])
def test_status_errors_survive_pickling(status: int) -> None:
    """An error raised in a worker process (multiprocessing, ProcessPoolExecutor) must reach the parent intact."""
    body = {"message": "Refused", "errors": [{"field": "departure", "code": "invalid"}]}
    error = make_status_error(response(status, json=body, headers={"Retry-After": "7"}))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.status_code, copy.message, copy.errors, copy.body) == (status, "Refused", error.errors, body)
    assert (copy.request_method, copy.request_url, str(copy)) == ("GET", URL, str(error))
    assert copy.response.status_code == status
    if isinstance(error, RateLimitError):
        assert copy.retry_after == 7


def test_other_errors_survive_pickling() -> None:
    invalid = pickle.loads(pickle.dumps(ResponseValidationError("off spec", body=[1], response=response(200))))
    assert (type(invalid), invalid.message, invalid.body, invalid.response.status_code) == (
        ResponseValidationError,
        "off spec",
        [1],
        200,
    )
    timeout = pickle.loads(pickle.dumps(APITimeoutError(request=httpx.Request("GET", URL), request_sent=False)))
    assert (type(timeout), str(timeout), timeout.request_url, timeout.request_sent) == (
        APITimeoutError,
        f"Request timed out. (GET {URL})",
        URL,
        False,
    )
