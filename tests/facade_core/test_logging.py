"""The onerecord logger: ONERECORD_LOG, one line per request, and no secret in any log line."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from onerecord import _logging
from onerecord._logging import redact_headers, setup_logging
from onerecord.errors import AuthenticationError


@pytest.fixture
def restore_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("onerecord")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers
    _logging._handler = None


def test_onerecord_log_configures_the_logger_once(restore_logger: logging.Logger) -> None:
    before = len(restore_logger.handlers)
    setup_logging({"ONERECORD_LOG": "debug"})
    setup_logging({"ONERECORD_LOG": "DEBUG"})
    assert restore_logger.level == logging.DEBUG
    assert len(restore_logger.handlers) == before + 1
    setup_logging({"ONERECORD_LOG": "info"})
    assert restore_logger.level == logging.INFO
    assert len(restore_logger.handlers) == before + 1


def test_without_onerecord_log_nothing_changes(restore_logger: logging.Logger) -> None:
    before = (restore_logger.level, len(restore_logger.handlers))
    setup_logging({})
    setup_logging({"ONERECORD_LOG": "loud"})
    assert (restore_logger.level, len(restore_logger.handlers)) == before


def test_client_construction_applies_the_environment(
    restore_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Any]
) -> None:
    monkeypatch.setenv("ONERECORD_LOG", "info")
    make_client()
    assert restore_logger.level == logging.INFO
    assert _logging._handler in restore_logger.handlers


LINE = re.compile(r"^(GET|POST|PUT|DELETE) (\S+) -> (\S+.*) in \d+\.\d ms \(retry (\d+)\)$")


def test_one_line_per_attempt_with_method_path_status_time_and_retry(
    api: Any, caplog: pytest.LogCaptureFixture, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [httpx.Response(503), httpx.ConnectError("refused")]
    with caplog.at_level(logging.INFO, logger="onerecord"):
        make_client().request("GET", "/shipment/42", params={"groups[]": "all"})
    lines = [r.getMessage() for r in caplog.records if r.name == "onerecord"]
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    assert [(m.group(1), m.group(2), m.group(4)) for m in parsed if m] == [
        ("POST", "/authentication/oauth2/token", "0"),
        ("GET", "/shipment/42", "0"),
        ("GET", "/shipment/42", "1"),
        ("GET", "/shipment/42", "2"),
    ]
    assert [m.group(3) for m in parsed if m] == ["200", "503", "failed (ConnectError)", "200"]


def test_no_secret_or_token_in_any_log_even_at_debug(
    api: Any, caplog: pytest.LogCaptureFixture, make_client: Callable[..., Any], secret: str
) -> None:
    api.api_replies += [httpx.Response(401)]
    api.token_replies += [api.issue_token(), httpx.Response(401, json={"error": "invalid_client"})]
    with caplog.at_level(logging.DEBUG):  # every logger, httpx and httpcore included
        client = make_client()
        with pytest.raises(AuthenticationError):
            client.request("GET", "/shipment")
    text = caplog.text
    assert "GET /shipment" in text
    assert "'authorization': '<redacted>'" in text
    assert secret not in text
    assert "tok-1-XYZ" not in text


def test_redact_headers() -> None:
    headers = [("Authorization", "Bearer abc"), ("Cookie", "s=1"), ("Accept", "application/json")]
    headers += [("X-Api-Key", "k"), ("X-Session-Token", "t"), ("X-Correlation-Id", "c-1"), ("Keep-Alive", "5")]
    assert redact_headers(headers) == {
        "Authorization": "<redacted>",
        "Cookie": "<redacted>",
        "Accept": "application/json",
        "X-Api-Key": "<redacted>",
        "X-Session-Token": "<redacted>",
        "X-Correlation-Id": "c-1",
        "Keep-Alive": "5",
    }


def test_a_key_in_default_headers_is_not_logged(
    api: Any, caplog: pytest.LogCaptureFixture, make_client: Callable[..., Any]
) -> None:
    with caplog.at_level(logging.DEBUG):
        make_client(default_headers={"X-Gateway-Key": "gw-s3cr3t", "X-Correlation-Id": "c-7"}).request("GET", "/a")
    assert "'x-correlation-id': 'c-7'" in caplog.text
    assert "'x-gateway-key': '<redacted>'" in caplog.text
    assert "gw-s3cr3t" not in caplog.text


def test_a_line_is_printed_once_whether_or_not_the_application_configured_logging() -> None:
    """ONERECORD_LOG prints on its own when nothing is configured, and stands back when the application logs."""
    probe = """
import logging, sys
from onerecord._logging import logger, setup_logging
setup_logging({"ONERECORD_LOG": "info"})
logger.info("first line")
if sys.argv[1] == "configured":
    logging.basicConfig(stream=sys.stderr, format="app: %(message)s")
logger.info("second line")
"""
    alone = subprocess.run([sys.executable, "-c", probe, "alone"], capture_output=True, text=True, check=True)
    assert alone.stderr.count("first line") == 1 and alone.stderr.count("second line") == 1
    configured = subprocess.run([sys.executable, "-c", probe, "configured"], capture_output=True, text=True, check=True)
    assert configured.stderr.count("first line") == 1
    assert configured.stderr.count("second line") == 1
    assert "app: second line" in configured.stderr
