"""Where the CLI's connection settings come from: one place at a time (flags, environment or one profile).

The config file is TOML, at ``$ONERECORD_CONFIG`` or ``<user config dir>/onerecord/config.toml``::

    default_profile = "sandbox"          # optional

    [profiles.sandbox]
    base_url = "http://127.0.0.1:8000"
    client_id = "demo-forwarder"
    client_secret = "demo-forwarder-secret"
    shared_state = "..."                 # optional: passed to the client as shared_state=

The base URL and the credentials form one unit: a secret is only safe sent to the URL it was issued for. So they come
from one place, the ``ONERECORD_*`` variables or one profile, never half from each (``--profile prod`` with an
exported ``ONERECORD_BASE_URL`` would otherwise send the prod secret to that URL). A value given as an option is the
user's explicit choice and completes or overrides any place. A profile chosen by ``--profile``/``ONERECORD_PROFILE``
is used over the environment only when no ``ONERECORD_*`` setting is set; the implicit default profile gives way to
variables that say everything it would have said.

A file writable by anyone but its owner is refused (it decides where credentials go), and a file holding a
``client_secret`` is refused unless only its owner can read it (mode 600), the rule ssh applies to private keys.
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ._problems import ConfigError

__all__ = ["ConfigError", "Settings", "default_config_path", "resolve"]

SETTINGS = ("base_url", "client_id", "client_secret")
PROFILE_KEYS = (*SETTINGS, "shared_state")  # shared_state is an option of the client, not part of the unit above
ENV_VARS = {name: f"ONERECORD_{name.upper()}" for name in SETTINGS}
PROFILE_ENV = "ONERECORD_PROFILE"
CONFIG_ENV = "ONERECORD_CONFIG"


@dataclass(frozen=True)
class Settings:
    """Resolved connection settings; ``sources`` says where each came from, for ``auth check`` and error messages."""

    base_url: str | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    profile: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict)
    shared_state: str | None = None


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
    """Take the settings from one place, completed by options; refuse to mix the environment and a profile."""
    env = os.environ if env is None else env
    path = config_path or default_config_path(env)
    explicit = profile or env.get(PROFILE_ENV) or None
    how = "--profile" if profile else PROFILE_ENV
    profile_values, profile = _load_profile(path, explicit, how)
    given = {name: value for name, value in flags.items() if value and name in SETTINGS}
    from_env = {name: env[var] for name, var in ENV_VARS.items() if env.get(var)}
    profile_label = f"profile {profile!r} in {path}" + (f" (chosen by {how})" if explicit else "")
    from_profile = {name: profile_values[name] for name in SETTINGS if profile_values.get(name)}

    env_open = {name: value for name, value in from_env.items() if name not in given}
    profile_open = {name: value for name, value in from_profile.items() if name not in given}
    if env_open and profile_open:
        use_env = not explicit and not (set(SETTINGS) - set(given) - set(from_env))
        if not use_env:  # either would leave the other's values half used: say which, and how to choose
            raise ConfigError(_mixing_message(env_open, profile_open, profile_label, explicit=bool(explicit)))
        profile_open = {}
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for name, value in given.items():
        values[name], sources[name] = value, "--" + name.replace("_", "-")
    for name, value in env_open.items():
        values[name], sources[name] = value, ENV_VARS[name]
    for name, value in profile_open.items():
        values[name], sources[name] = value, f"profile {profile!r} in {path}"
    shared_state = flags.get("shared_state") or profile_values.get("shared_state") or None
    return Settings(
        base_url=values.get("base_url"),
        client_id=values.get("client_id"),
        client_secret=values.get("client_secret"),
        profile=profile if profile_open or not env_open else None,
        sources={name: sources[name] for name in SETTINGS if name in sources},
        shared_state=shared_state,
    )


def _label(names: Mapping[str, str]) -> str:
    words = [name.replace("_", " ").replace("base url", "base URL") for name in SETTINGS if name in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _mixing_message(env_open: Mapping[str, str], profile_open: Mapping[str, str], label: str, *, explicit: bool) -> str:
    variables = ", ".join(ENV_VARS[name] for name in SETTINGS if name in env_open)
    options = " and ".join("--" + name.replace("_", "-") for name in SETTINGS if name in env_open)
    head = (
        f"refusing to mix settings: the environment gives the {_label(env_open)} ({variables}) "
        f"and {label} gives the {_label(profile_open)}"
    )
    if explicit:
        fix = f"unset {variables} to use the profile alone, or pass {options} explicitly to use it with the profile"
    else:
        fix = (
            f"set the base URL, client id and client secret all as ONERECORD_* variables, or unset {variables} "
            f"to use the profile alone, or pass {options} explicitly"
        )
    return f"{head}; the base URL and the credentials must come from one place: {fix}"


def _is_devnull(path: Path) -> bool:
    """``ONERECORD_CONFIG=/dev/null`` says "no config file": writable by all, but always empty."""
    try:
        return os.path.samefile(path, os.devnull)
    except OSError:
        return False


def _load_profile(path: Path, wanted: str | None, wanted_source: str) -> tuple[dict[str, str], str | None]:
    if not path.exists() or _is_devnull(path):
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
    unknown = sorted(set(table) - set(PROFILE_KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: profile {name!r} has unknown key(s) {', '.join(unknown)}; allowed: {', '.join(PROFILE_KEYS)}"
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
    """Refuse a file others could change, or a secret others could read (POSIX only: Windows ACLs are not mode bits).

    Writable by others is refused even without a secret: the file says where credentials are sent.
    """
    if os.name != "posix":
        return
    info = path.stat()
    mode = stat.S_IMODE(info.st_mode)
    foreign_owner = info.st_uid not in (os.getuid(), 0)
    holds_secret = any(isinstance(p, dict) and "client_secret" in p for p in profiles.values())
    fix = f"chmod 600 {path}" if holds_secret else f"chmod go-w {path}"
    if mode & 0o022 or foreign_owner:
        who = "it belongs to another account" if foreign_owner else f"mode {mode:04o}"
        raise ConfigError(
            f"refusing {path}: other accounts may change it ({who}), and it decides where credentials are sent; "
            f"run: {fix}" + (" as its owner, then make it yours" if foreign_owner else "")
        )
    if holds_secret and mode & 0o077:
        raise ConfigError(
            f"refusing {path}: it holds a client_secret but other accounts may read it (mode {mode:04o}); run: {fix}"
        )
