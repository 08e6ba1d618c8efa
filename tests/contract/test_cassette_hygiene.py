"""No cassette may hold a credential, and the scanner that guards this really catches one."""

from __future__ import annotations

from pathlib import Path

import pytest

from onerecord.recording import SEEDED_SECRETS, find_leaks, scan_cassettes, scrub_response

CASSETTES = Path(__file__).parent / "cassettes"


def test_committed_cassettes_exist_and_hold_no_secret() -> None:
    cassettes = list(CASSETTES.rglob("*.yaml"))
    assert len(cassettes) >= 4
    assert scan_cassettes(CASSETTES) == {}


def test_cassettes_show_the_scrubbing_happened() -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in CASSETTES.rglob("*.yaml"))
    assert "client_secret=REDACTED" in text
    assert '"access_token": "REDACTED"' in text
    assert "authorization:\n      - REDACTED" in text
    assert "Bearer " not in text


@pytest.mark.parametrize(
    "planted",
    [
        "Authorization:\n  - Bearer 2b7f0c9e41d84a1c",
        'string: \'{"access_token": "2b7f0c9e41d84a1c", "expires_in": 1800}\'',
        'string: \'{"refresh_token": "r-9f8e7d", "expires_in": 1800}\'',
        "body: grant_type=client_credentials&client_id=acme&client_secret=hunter2",
        "x: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhY21lIn0.c2lnbmF0dXJl",
        f"body: {SEEDED_SECRETS[2]}",
    ],
)
def test_scanner_fails_on_a_planted_secret(tmp_path: Path, planted: str) -> None:
    clean = next(CASSETTES.rglob("*.yaml")).read_text(encoding="utf-8")
    (tmp_path / "clean.yaml").write_text(clean, encoding="utf-8")
    (tmp_path / "planted.yaml").write_text(clean + "\n" + planted + "\n", encoding="utf-8")
    report = scan_cassettes(tmp_path)
    assert list(report) == [str(tmp_path / "planted.yaml")]


def test_scanner_looks_for_caller_supplied_secrets() -> None:
    assert find_leaks("value: acme-prod-7f3a", secrets=["acme-prod-7f3a"]) == ["a known secret"]
    assert find_leaks("value: nothing here") == []


def test_scrub_response_replaces_tokens_in_json_bodies() -> None:
    response = {"body": {"string": b'{"access_token": "abc", "refresh_token": "def", "expires_in": 60}'}}
    scrubbed = scrub_response(response)["body"]["string"]
    assert b"abc" not in scrubbed and b"def" not in scrubbed
    assert find_leaks(scrubbed.decode()) == []
    untouched = {"body": {"string": b"not json"}}
    assert scrub_response(untouched)["body"]["string"] == b"not json"
