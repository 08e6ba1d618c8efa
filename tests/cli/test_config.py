"""Settings from one place (flags complete it), and the refusal of a config file others can read or change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from onerecord.cli._config import ConfigError, default_config_path, resolve

PROFILES = """
default_profile = "sandbox"

[profiles.sandbox]
base_url = "http://127.0.0.1:8080"
client_id = "profile-id"
client_secret = "profile-secret"

[profiles.prod]
base_url = "https://api.one-record.fr"
client_id = "prod-id"
"""


def write_config(tmp_path: Path, text: str = PROFILES, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_flags_complete_or_override_a_profile(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    settings = resolve({"base_url": "http://127.0.0.2:1"}, env={}, config_path=path)
    assert settings.base_url == "http://127.0.0.2:1"  # flag
    assert (settings.client_id, settings.client_secret) == ("profile-id", "profile-secret")
    assert settings.sources["base_url"] == "--base-url"
    assert settings.sources["client_id"].startswith("profile 'sandbox'")
    assert settings.sources["client_secret"].startswith("profile 'sandbox'")


def test_complete_environment_is_used_whole_over_the_implicit_default_profile(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    env = {"ONERECORD_BASE_URL": "http://localhost:9", "ONERECORD_CLIENT_ID": "e", "ONERECORD_CLIENT_SECRET": "s"}
    settings = resolve({}, env=env, config_path=path)
    assert (settings.base_url, settings.client_id, settings.client_secret) == ("http://localhost:9", "e", "s")
    assert set(settings.sources.values()) == set(env)
    assert settings.profile is None


def test_a_chosen_profile_with_an_exported_base_url_is_refused_naming_both(tmp_path: Path) -> None:
    """The quickstart exports ONERECORD_BASE_URL; --profile prod must not send the prod secret there."""
    path = write_config(tmp_path)
    env = {"ONERECORD_BASE_URL": "http://127.0.0.1:8000"}
    with pytest.raises(ConfigError) as caught:
        resolve({}, profile="sandbox", env=env, config_path=path)
    message = str(caught.value)
    assert "ONERECORD_BASE_URL" in message and "profile 'sandbox'" in message and str(path) in message
    assert "--base-url" in message and "profile-secret" not in message
    # Passing the other value explicitly is the user's choice, and allowed.
    settings = resolve({"base_url": "http://127.0.0.1:8000"}, profile="sandbox", env=env, config_path=path)
    assert settings.base_url == "http://127.0.0.1:8000" and settings.client_secret == "profile-secret"


@pytest.mark.parametrize(
    "env",
    [
        {"ONERECORD_CLIENT_ID": "env-id", "ONERECORD_CLIENT_SECRET": "env-secret"},  # to the profile's URL
        {"ONERECORD_BASE_URL": "http://localhost:9"},  # the profile's secret to the environment's URL
        {"ONERECORD_CLIENT_ID": "env-id", "ONERECORD_BASE_URL": "http://localhost:9"},
    ],
)
def test_a_partial_environment_is_not_completed_from_the_default_profile(tmp_path: Path, env: dict[str, str]) -> None:
    path = write_config(tmp_path)
    with pytest.raises(ConfigError) as caught:
        resolve({}, env=env, config_path=path)
    message = str(caught.value)
    assert "refusing to mix" in message and "profile 'sandbox'" in message
    assert all(variable in message for variable in env)
    assert "profile-secret" not in message and "env-secret" not in message


def test_environment_alone_and_profile_alone_resolve(tmp_path: Path) -> None:
    env = {"ONERECORD_CLIENT_ID": "env-id", "ONERECORD_CLIENT_SECRET": "env-secret"}
    settings = resolve({}, env=env, config_path=tmp_path / "none.toml")
    assert settings.base_url is None and settings.sources == {
        "client_id": "ONERECORD_CLIENT_ID",
        "client_secret": "ONERECORD_CLIENT_SECRET",
    }
    path = write_config(tmp_path)
    assert resolve({}, profile="prod", env={}, config_path=path).client_id == "prod-id"


def test_profile_chosen_by_flag_then_environment_then_default(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    assert resolve({}, env={}, config_path=path).client_id == "profile-id"
    assert resolve({}, env={"ONERECORD_PROFILE": "prod"}, config_path=path).client_id == "prod-id"
    chosen = resolve({}, profile="sandbox", env={"ONERECORD_PROFILE": "prod"}, config_path=path)
    assert chosen.profile == "sandbox"


def test_a_profile_named_default_is_used_without_default_profile(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[profiles.default]\nclient_id = "d"\n', mode=0o644)
    assert resolve({}, env={}, config_path=path).client_id == "d"


def test_unknown_profile_lists_the_known_ones(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    with pytest.raises(ConfigError, match=r"profile 'staging' not found .*profiles: prod, sandbox"):
        resolve({}, profile="staging", env={}, config_path=path)


def test_missing_file_is_fine_unless_a_profile_is_asked_for(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    assert resolve({"client_id": "x"}, env={}, config_path=missing).client_id == "x"
    with pytest.raises(ConfigError, match="does not exist"):
        resolve({}, profile="sandbox", env={}, config_path=missing)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_secret_in_a_file_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    path = write_config(tmp_path, mode=mode)
    with pytest.raises(ConfigError) as caught:
        resolve({}, env={}, config_path=path)
    message = str(caught.value)
    assert f"chmod 600 {path}" in message
    assert f"{mode:04o}" in message
    assert "profile-secret" not in message


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666, 0o664])
def test_a_file_others_can_write_is_refused_even_without_a_secret(tmp_path: Path, mode: int) -> None:
    """It decides where credentials go: whoever can edit it can redirect the next secret sent."""
    path = write_config(tmp_path, '[profiles.default]\nbase_url = "https://x.example"\n', mode=mode)
    with pytest.raises(
        ConfigError, match=rf"refusing {path}: other accounts may change it \(mode {mode:04o}\).*chmod go-w"
    ):
        resolve({}, env={}, config_path=path)


def test_a_profile_may_name_the_shared_state(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[profiles.default]\nclient_id = "d"\nshared_state = "/run/onerecord"\n')
    assert resolve({}, env={}, config_path=path).shared_state == "/run/onerecord"
    flagged = resolve({"shared_state": "/elsewhere"}, env={}, config_path=path)
    assert flagged.shared_state == "/elsewhere"


def test_a_file_without_secret_may_be_world_readable(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[profiles.default]\nbase_url = "https://x.example"\n', mode=0o644)
    assert resolve({}, env={}, config_path=path).base_url == "https://x.example"


def test_typos_and_bad_toml_are_reported(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[profiles.default]\nclientid = "x"\n')
    with pytest.raises(ConfigError, match="unknown key\\(s\\) clientid"):
        resolve({}, env={}, config_path=path)
    path = write_config(tmp_path, "[profiles.default\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        resolve({}, env={}, config_path=path)


def test_config_location(tmp_path: Path) -> None:
    assert default_config_path({"ONERECORD_CONFIG": str(tmp_path / "c.toml")}) == tmp_path / "c.toml"
    expected = tmp_path / "onerecord" / "config.toml"
    assert default_config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == expected
    assert default_config_path({}) == Path.home() / ".config" / "onerecord" / "config.toml"


def test_a_symlinked_config_is_judged_by_the_file_it_points_to(tmp_path: Path) -> None:
    target = write_config(tmp_path, mode=0o600)
    link = tmp_path / "link.toml"
    link.symlink_to(target)  # a link's own mode (0777) says nothing about who can read the secret
    assert resolve({}, env={}, config_path=link).client_secret == "profile-secret"
    target.chmod(0o640)
    with pytest.raises(ConfigError, match="mode 0640"):
        resolve({}, env={}, config_path=link)


def test_a_readable_secret_is_refused_even_when_the_environment_gives_one(tmp_path: Path) -> None:
    """The file's secret is exposed whichever secret this run uses: say so rather than carry on quietly."""
    path = write_config(tmp_path, mode=0o640)
    env = {"ONERECORD_CLIENT_ID": "env-id", "ONERECORD_CLIENT_SECRET": "env-secret", "ONERECORD_BASE_URL": "http://h"}
    with pytest.raises(ConfigError, match="chmod 600"):
        resolve({}, env=env, config_path=path)


def test_settings_outside_a_profile_are_refused_not_ignored(tmp_path: Path) -> None:
    """A natural first guess; ignoring it would leave the secret unused and, in a readable file, unchecked."""
    path = write_config(tmp_path, 'client_id = "me"\nclient_secret = "top-level-secret"\n', mode=0o644)
    with pytest.raises(ConfigError) as caught:
        resolve({}, env={}, config_path=path)
    message = str(caught.value)
    assert "client_id, client_secret" in message and "[profiles.default]" in message
    assert "top-level-secret" not in message


def test_dev_null_means_no_config_file() -> None:
    """Writable by everyone, yet always empty: the usual way to say "no config" is not refused."""
    env = {"ONERECORD_CLIENT_ID": "e", "ONERECORD_CLIENT_SECRET": "s"}
    assert resolve({}, env=env, config_path=Path(os.devnull)).client_id == "e"
    with pytest.raises(ConfigError, match="does not exist"):
        resolve({}, profile="x", env={}, config_path=Path(os.devnull))
