"""The spec checker every test's traffic goes through is not vacuous: it refuses what the spec refuses."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

TOKEN_URL = "http://localhost/authentication/oauth2/token"


def test_checker_refuses_a_response_outside_the_spec(spec_checker) -> None:
    request = httpx.Request("GET", "http://localhost/shipment/123e4567-e89b-12d3-a456-426614174000")
    wrong_body = httpx.Response(200, json={"shipmentId": 42}, request=request)
    with pytest.raises(AssertionError, match="does not conform"):
        spec_checker.check(request, b"", wrong_body)
    undocumented = httpx.Response(418, json={"message": "teapot"}, request=request)
    with pytest.raises(AssertionError, match="does not conform"):
        spec_checker.check(request, b"", undocumented)


def test_checker_refuses_an_invalid_request_that_was_accepted(spec_checker) -> None:
    request = httpx.Request("GET", "http://localhost/shipment?page[limit]=0")
    accepted = httpx.Response(200, json={"data": [], "metadata": {"next": None}}, request=request)
    with pytest.raises(AssertionError, match="invalid per the spec"):
        spec_checker.check(request, b"", accepted)


def test_checker_counts_what_it_checked(api: Callable[[str], httpx.Client], spec_checker) -> None:
    before = spec_checker.checked
    api("forwarder").get("/shipment")
    assert spec_checker.checked == before + 2  # the token request and the listing
