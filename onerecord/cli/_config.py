"""Where the CLI's connection settings come from: flags, then ``ONERECORD_*`` variables, then a profile.

The config file is TOML, at ``$ONERECORD_CONFIG`` or ``<user config dir>/onerecord/config.toml``::

    default_profile = "sandbox"          # optional

    [profiles.sandbox]
    base_url = "http://127.0.0.1:8000"
    client_id = "demo-forwarder"
    client_secret = "demo-forwarder-secret"

A file holding a ``client_secret`` is refused unless only its owner can read it (mode 600), the rule ssh applies to
private keys: a secret that other accounts can read must be considered leaked.
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

SETTINGS = ("base_url", "client_id", "client_secret")
ENV_VARS = {name: f"ONERECORD_{name.upper()}" for name in SETTINGS}
PROFILE_ENV = "ONERECORD_PROFILE"
CONFIG_ENV = "ONERECORD_CONFIG"


class ConfigError(Exception):
    """The configuration cannot be used as it is; the message tells how to fix it (exit code 2)."""


@dataclass(frozen=True)
class Settings:
    """Resolved connection settings; ``sources`` says where each came from, for ``auth check`` and error messages."""

    base_url: str | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    profile: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict)


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    """``$ONERECORD_CONFIG``, else ``$XDG_CONFIG_HOME/onerecord/config.toml`` (``%APPDATA%`` on Windows)."""
    env = os.environ if env is None else env
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser()
    if sys.platform == "win32" and env.get("APPDATA"):
        base = Path(env["APPDATA"])
    elif env.get("XDG_CONFIG_HOME"):
        base = Path(env["XDG_CONFIG_HOME"])
    else:
        base = Path.home() / ".config"
    return base / "onerecord" / "config.toml"


def resolve(
    flags: Mapping[str, str | None],
    *,
    profile: str | None = None,
    env: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Combine the three layers; each setting is taken from the first layer that has it."""
    env = os.environ if env is None else env
    path = config_path or default_config_path(env)
    profile_source = "--profile" if profile else PROFILE_ENV
    profile = profile or env.get(PROFILE_ENV) or None
    profile_values, profile = _load_profile(path, profile, profile_source)

    values: dict[str, str | None] = {}
    sources: dict[str, str] = {}
    for name in SETTINGS:
        option = "--" + name.replace("_", "-")
        if flags.get(name):
            values[name], sources[name] = flags[name], option
        elif env.get(ENV_VARS[name]):
            values[name], sources[name] = env[ENV_VARS[name]], ENV_VARS[name]
        elif profile_values.get(name):
            values[name], sources[name] = profile_values[name], f"profile {profile!r} in {path}"
        else:
            values[name] = None
    return Settings(
        base_url=values["base_url"],
        client_id=values["client_id"],
        client_secret=values["client_secret"],
        profile=profile,
        sources=sources,
    )


def _load_profile(path: Path, wanted: str | None, wanted_source: str) -> tuple[dict[str, str], str | None]:
    if not path.exists():
        if wanted:
            raise ConfigError(f"profile {wanted!r} ({wanted_source}) not found: config file {path} does not exist")
        return {}, None
    document = _read(path)
    stray = sorted(set(document) - {"default_profile", "profiles"})
    if stray:
        raise ConfigError(
            f"{path}: {', '.join(stray)} must sit in a profile table, e.g. under [profiles.default] "
            "(top level allows only default_profile)"
        )
    profiles = document.get("profiles", {})
    if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
        raise ConfigError(f"{path}: [profiles] must hold tables such as [profiles.sandbox]")
    _check_secret_permissions(path, profiles)
    name = wanted or _default_profile(document, profiles, path)
    if name is None:
        return {}, None
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise ConfigError(f"profile {name!r} not found in {path} (profiles: {known})")
    table = profiles[name]
    unknown = sorted(set(table) - set(SETTINGS))
    if unknown:
        raise ConfigError(
            f"{path}: profile {name!r} has unknown key(s) {', '.join(unknown)}; allowed: {', '.join(SETTINGS)}"
        )
    for key, value in table.items():
        if not isinstance(value, str):
            raise ConfigError(f"{path}: profile {name!r}: {key} must be a string")
    return dict(table), name


def _read(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None


def _default_profile(document: dict[str, object], profiles: dict[str, object], path: Path) -> str | None:
    name = document.get("default_profile")
    if name is not None and not isinstance(name, str):
        raise ConfigError(f"{path}: default_profile must be a string")
    if name is None and "default" in profiles:
        return "default"
    return name


def _check_secret_permissions(path: Path, profiles: dict[str, object]) -> None:
    """Refuse a secret that other accounts could read (POSIX only: Windows ACLs do not map to mode bits)."""
    holds_secret = any(isinstance(p, dict) and "client_secret" in p for p in profiles.values())
    if not holds_secret or os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigError(
            f"refusing {path}: it holds a client_secret but other accounts may read it (mode {mode:04o}); "
            f"run: chmod 600 {path}"
        )
