"""``--shared-state`` and the profile key ``shared_state`` reach ``OneRecord(shared_state=...)``.

The option belongs to the client (branch ``shared``); a client that does not take it yet makes the CLI refuse the
option with a clear message instead of failing with a TypeError. Both outcomes are asserted, whichever this
checkout has: the constructor's signature says which one must happen.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import onerecord._client
from onerecord._client import OneRecord

if TYPE_CHECKING:
    from conftest import Cli

CLIENT_TAKES_IT = "shared_state" in inspect.signature(OneRecord).parameters


@pytest.fixture
def constructed(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    class Recording(OneRecord):
        __signature__ = inspect.signature(OneRecord)  # the CLI inspects the real constructor's parameters

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            seen.append(kwargs)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(onerecord._client, "OneRecord", Recording)
    return seen


def check(result: Any, seen: list[dict[str, Any]], expected: str) -> None:
    if CLIENT_TAKES_IT:
        assert result.exit_code == 0, result.output
        assert seen and seen[0]["shared_state"] == expected
    else:
        assert result.exit_code == 2, result.output
        assert "shared_state" in result.stderr and "upgrade onerecord" in result.stderr
        assert seen == []  # refused before any client (or request) exists


def test_the_option_is_passed_to_the_client(cli: Cli, constructed: list[dict[str, Any]], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/state.db"
    result = cli.run("--shared-state", url, "countries", "list", "--max-items", "1")
    check(result, constructed, url)


def test_the_profile_key_is_passed_to_the_client(cli: Cli, constructed: list[dict[str, Any]], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/profile-state.db"
    env = cli.credentials_env()
    cli.config_path.write_text(
        f'[profiles.default]\nbase_url = "{env["ONERECORD_BASE_URL"]}"\nclient_id = "{env["ONERECORD_CLIENT_ID"]}"\n'
        f'client_secret = "{env["ONERECORD_CLIENT_SECRET"]}"\nshared_state = "{url}"\n',
        encoding="utf-8",
    )
    cli.config_path.chmod(0o600)
    result = cli.run("countries", "list", "--max-items", "1", env={})
    check(result, constructed, url)


def test_without_the_option_nothing_is_passed(cli: Cli, constructed: list[dict[str, Any]]) -> None:
    result = cli.run("countries", "list", "--max-items", "1")
    assert result.exit_code == 0, result.output
    assert constructed and "shared_state" not in constructed[0]
