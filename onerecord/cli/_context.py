"""The state one CLI invocation shares between the root options and the command that runs.

``Hooks`` is the seam tests use (``CliRunner().invoke(app, args, obj=Hooks(...))``): an HTTP client factory (the
sandbox's in-process transport), extra facade options (pacing off) and the environment to read.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ._output import Style, detect_style
from ._problems import ConfigError

if TYPE_CHECKING:
    import httpx

    from .._client import OneRecord
    from ._config import Settings
    from ._debug import Redactor


@dataclass
class Hooks:
    """Injection points for tests and embedding; the defaults are what the console script uses."""

    http_client_factory: Callable[[], httpx.Client] | None = None
    client_options: dict[str, Any] = field(default_factory=dict)
    env: Mapping[str, str] | None = None
    config_path: Path | None = None


class CliState:
    """Root options plus the lazily built settings and client (built only by commands that talk to the API)."""

    def __init__(self, *, flags: dict[str, str | None], profile: str | None, debug: bool, hooks: Hooks) -> None:
        self.flags = flags
        self.profile = profile
        self.debug = debug
        self.hooks = hooks
        self.env: Mapping[str, str] = os.environ if hooks.env is None else hooks.env
        self._settings: Settings | None = None
        self._client: OneRecord | None = None
        self.http: httpx.Client | None = None
        self._cleanups: list[Callable[[], None]] = []
        self._redactor: Redactor | None = None

    @property
    def redactor(self) -> Redactor:
        """Masks every secret this invocation knows of (built on first use: `--help` never needs it)."""
        if self._redactor is None:
            from ._debug import Redactor

            self._redactor = Redactor([self.flags.get("client_secret")], client_id=self.flags.get("client_id"))
        return self._redactor

    @property
    def stdout_style(self) -> Style:
        return detect_style(typer.get_text_stream("stdout"), self.env)

    @property
    def stderr_style(self) -> Style:
        return detect_style(typer.get_text_stream("stderr"), self.env)

    @property
    def resolved_settings(self) -> Settings | None:
        """The settings if a command has resolved them, else ``None`` (error reporting must not resolve them)."""
        return self._settings

    def settings(self) -> Settings:
        if self._settings is None:
            from ._config import resolve

            self._settings = resolve(self.flags, profile=self.profile, env=self.env, config_path=self.hooks.config_path)
            self.redactor.learn_client_id(self._settings.client_id)
            self.redactor.learn(self._settings.client_secret)
            if self._settings.shared_state:  # redis://:password@host/0: the password is a secret too
                from urllib.parse import urlsplit

                with contextlib.suppress(ValueError):
                    self.redactor.learn(urlsplit(self._settings.shared_state).password)
        return self._settings

    def warn(self, message: str) -> None:
        """A line on stderr, masked, so that nothing a command says can leak a secret."""
        typer.echo(self.redactor.text(message), err=True)

    def client(self) -> OneRecord:
        """The facade client, built once per invocation with the resolved settings."""
        if self._client is not None:
            return self._client
        settings = self.settings()
        missing = [name for name in ("client_id", "client_secret") if not getattr(settings, name)]
        if missing:
            raise ConfigError(_missing_message(missing))
        from .._client import OneRecord

        self.http = self._http_client()
        options: dict[str, Any] = dict(self.hooks.client_options)
        if settings.base_url:
            options["base_url"] = settings.base_url
        if settings.shared_state:
            if not accepts_option(OneRecord, "shared_state"):
                raise ConfigError(
                    "shared_state (--shared-state or the profile's shared_state) needs a onerecord client that takes "
                    "shared_state=; upgrade onerecord"
                )
            options["shared_state"] = settings.shared_state
        try:
            self._client = OneRecord(
                client_id=settings.client_id,
                client_secret=settings.client_secret,
                http_client=self.http,
                **options,
            )
        except (ValueError, TypeError) as exc:  # e.g. http:// to a host that is not loopback, a bad shared_state
            raise ConfigError(self.redactor.text(str(exc))) from None
        self._cleanups.append(self._client.close)  # releases its share of the process's pacing and token state
        return self._client

    def _http_client(self) -> httpx.Client:
        """The CLI owns the HTTP client: tests inject one, ``--debug`` traces it, ``auth check`` reuses it."""
        import httpx

        from .._base_client import DEFAULT_TIMEOUT
        from ._debug import ExchangeTracer, enable_library_logging

        factory = self.hooks.http_client_factory
        client = factory() if factory is not None else httpx.Client(timeout=DEFAULT_TIMEOUT)
        self._cleanups.append(client.close)
        client.event_hooks["response"] = [self.redactor.learn_from_token_response, *client.event_hooks["response"]]
        if self.debug:
            ExchangeTracer(self.redactor, self._debug_write).install(client)
            self._cleanups.append(enable_library_logging(self._debug_write, self.redactor))
        return client

    def _debug_write(self, line: str) -> None:
        typer.echo(line, err=True)

    def close(self) -> None:
        while self._cleanups:
            self._cleanups.pop()()


def accepts_option(cls: type[Any], name: str) -> bool:
    """Whether the client's constructor takes ``name`` (options newer than this CLI are passed only when known)."""
    import inspect

    parameters = inspect.signature(cls).parameters
    return name in parameters or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())


def _missing_message(missing: list[str]) -> str:
    names = " and ".join(name.replace("_", " ") for name in missing)
    options = ", ".join("--" + name.replace("_", "-") for name in missing)
    env = ", ".join("ONERECORD_" + name.upper() for name in missing)
    return f"no {names}: give {options}, set {env}, or add them to a profile (see 'onerecord --help')"


def current(ctx: typer.Context) -> CliState:
    """The invocation's state (set by the root callback)."""
    state = ctx.find_object(CliState)
    if state is None:  # a command invoked without the root app: only happens when embedding
        state = CliState(flags={}, profile=None, debug=False, hooks=Hooks())
        ctx.obj = state
    return state
