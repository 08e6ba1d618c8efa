"""Exit codes and the one-line description of each kind of failure."""

from __future__ import annotations

import httpx
import pytest

from onerecord.cli._config import ConfigError
from onerecord.cli._errors import ExitCode, describe, exit_code_for
from onerecord.cli._export import ExportError
from onerecord.cli._group import error_line
from onerecord.errors import (
    APIConnectionError,
    APITimeoutError,
    ResponseValidationError,
    make_status_error,
)

REQUEST = httpx.Request("PUT", "https://api.one-record.fr/shipment/abc")


def status_error(status: int, body: object) -> Exception:
    return make_status_error(httpx.Response(status, json=body, request=REQUEST))


def test_field_errors_are_listed_on_the_line() -> None:
    error = status_error(
        422,
        {
            "message": "Validation Failed",
            "errors": [
                {"resource": "Shipment", "field": "arrivalCountry", "code": "invalid", "message": "not a country"},
                {"resource": "Shipment", "field": "quantityExpected", "code": "missing_field"},
            ],
        },
    )
    assert describe(error) == (
        "422 Validation Failed: arrivalCountry: not a country (invalid); quantityExpected: missing_field "
        "(PUT https://api.one-record.fr/shipment/abc)"
    )
    assert exit_code_for(error) is ExitCode.API


@pytest.mark.parametrize(
    ("exc", "code", "text"),
    [
        (APIConnectionError("ConnectError: refused", request=REQUEST), ExitCode.NETWORK, "cannot reach https://"),
        (APITimeoutError("ReadTimeout", request=REQUEST), ExitCode.NETWORK, "timed out waiting for https://"),
        (ResponseValidationError("no shipmentId", body={}), ExitCode.API, "does not match the API description"),
        (ConfigError("no client id"), ExitCode.USAGE, "no client id"),
        (ExportError("nothing to resume"), ExitCode.USAGE, "nothing to resume"),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED, "interrupted"),
        (RuntimeError("boom"), ExitCode.UNEXPECTED, "unexpected RuntimeError: boom (run with --debug"),
    ],
)
def test_each_kind_has_its_code_and_line(exc: BaseException, code: ExitCode, text: str) -> None:
    assert exit_code_for(exc) is code
    assert text in describe(exc)
    assert "\n" not in describe(exc)


def test_exit_codes_are_distinct() -> None:
    assert len({int(code) for code in ExitCode}) == len(ExitCode)
    assert (ExitCode.USAGE, ExitCode.API, ExitCode.NETWORK) == (2, 3, 4)


def test_error_prefix_is_coloured_only_when_allowed() -> None:
    assert error_line("x", color=False) == "error: x"
    assert "\x1b[" in error_line("x", color=True)
