"""Exit codes and the one line printed for each kind of failure.

Scripts branch on the exit code, people read the line: it gives the HTTP status, the server's message and each
refused field, and nothing else (``--debug`` adds the traceback and the HTTP exchange).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import TYPE_CHECKING

import typer

from ._problems import ConfigError, ExportError

if TYPE_CHECKING:
    from ..errors import FieldError


class ExitCode(IntEnum):
    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    API = 3
    NETWORK = 4
    INTERRUPTED = 130
    PIPE_CLOSED = 141  # 128 + SIGPIPE: the reader of stdout went away


class UsageProblem(typer.TyperException):
    """A usage error that is not about one option's value: printed as ``error: <message>``, exit code 2."""

    exit_code = 2


def exit_code_for(exc: BaseException) -> ExitCode:
    # Imported here: the error classes pull in httpx, which `onerecord --help` must not pay for.
    from ..errors import APIConnectionError, APIStatusError, ResponseValidationError

    if isinstance(exc, ConfigError | ExportError):
        return ExitCode.USAGE
    if isinstance(exc, APIStatusError | ResponseValidationError):
        return ExitCode.API
    if isinstance(exc, APIConnectionError):
        return ExitCode.NETWORK
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    return ExitCode.UNEXPECTED


def describe(exc: BaseException, *, traceback_shown: bool = False, sources: Mapping[str, str] | None = None) -> str:
    """The single line shown for ``exc``, without the ``error:`` prefix (and without the ``--debug`` hint under it).

    ``sources`` says where each connection setting came from: a 401 after settings from different places names them,
    since the usual cause is a secret from one place sent with an id (or to a URL) from another.
    """
    from ..errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        ResponseValidationError,
    )

    if isinstance(exc, APIStatusError):
        line = f"{exc.status_code} {exc.message}"
        if exc.errors:
            line += ": " + "; ".join(_field(error) for error in exc.errors)
        if exc.request_method:
            line += f" ({exc.request_method} {exc.request_url})"
        if isinstance(exc, AuthenticationError) and sources and len({_place(s) for s in sources.values()}) > 1:
            line += "; settings came from different places: " + ", ".join(
                f"{name.replace('_', ' ').replace('base url', 'base URL')} from {source}"
                for name, source in sources.items()
            )
        return line
    if isinstance(exc, APITimeoutError):
        return f"timed out waiting for {exc.request_url or 'the server'}: {exc.message}"
    if isinstance(exc, APIConnectionError):
        target = exc.request_url or "the server"
        cause = f" ({exc.__cause__})" if exc.__cause__ else ""
        return f"cannot reach {target}: {exc.message}{cause}"
    if isinstance(exc, ResponseValidationError):
        return f"the server's answer does not match the API description: {exc.message}"
    if isinstance(exc, ConfigError | ExportError):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    hint = "" if traceback_shown else " (run with --debug for the traceback)"
    return f"unexpected {type(exc).__name__}: {exc}{hint}"


def _place(source: str) -> str:
    """The place a setting's source belongs to: options, the environment, or one profile."""
    if source.startswith("--"):
        return "options"
    if source.startswith("ONERECORD_"):
        return "environment"
    return source


def _field(error: FieldError) -> str:
    name = error.field or error.resource or "?"
    detail = error.message or error.code or "invalid"
    if error.code and error.message:
        detail = f"{error.message} ({error.code})"
    return f"{name}: {detail}"
