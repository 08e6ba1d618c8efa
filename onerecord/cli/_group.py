"""The root command class: turns every failure into one line on stderr and a distinct exit code.

Handling errors here, rather than in each command, gives every command the same behaviour, and it also applies
under typer's ``CliRunner`` (which calls ``main``), so tests see exactly what a user sees.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

from ._context import CliState
from ._errors import ExitCode, describe, exit_code_for
from ._output import detect_style
from .commands import COMMANDS


def error_line(message: str, *, color: bool) -> str:
    prefix = typer.style("error:", fg="red", bold=True) if color else "error:"
    return f"{prefix} {message}"


class OneRecordGroup(TyperGroup):
    """A ``TyperGroup`` whose ``invoke`` maps exceptions to exit codes and whose ``main`` prints usage errors.

    Its subcommands are loaded on first use from ``COMMANDS``: ``onerecord --help`` lists them from their summaries
    without importing any command module (and so nothing they import).
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *(name for name in COMMANDS if name not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in COMMANDS:
            module_name, attribute, _ = COMMANDS[cmd_name]
            module = importlib.import_module(f"{__package__}.commands.{module_name}")
            sub_app = getattr(module, attribute)
            # A named Typer is a group even with one command (`auth check`); the unnamed one is a lone command.
            command = typer.main.get_group(sub_app) if sub_app.info.name else typer.main.get_command(sub_app)
            self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = [(name, COMMANDS[name][2]) for name in COMMANDS]
        rows += [
            (name, command.get_short_help_str()) for name, command in self.commands.items() if name not in COMMANDS
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        try:
            result = super().invoke(ctx)
            # Flushed here, not at interpreter exit, so that a reader gone early is handled below like any write.
            sys.stdout.flush()
            return result
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except BrokenPipeError:
            # The reader went away (`onerecord shipments list | head`): not an error worth a line. 141 is what a
            # shell reports for a command ended by SIGPIPE, as `cat` or `seq` would be.
            _silence_stdout()
            raise typer.Exit(int(ExitCode.PIPE_CLOSED)) from None
        except (Exception, KeyboardInterrupt) as exc:
            state = ctx.find_object(CliState)
            redact: Callable[[str], str] = state.redactor.text if state is not None else str
            debug = state is not None and state.debug
            if debug:
                # An exception's text (and its causes') may quote the secret or a token: masked like the trace.
                sys.stderr.write(redact("".join(traceback.format_exception(exc))))
            message = redact(describe(exc, traceback_shown=debug, sources=_sources(state)))
            color = state.stderr_style.color if state is not None else False
            typer.echo(error_line(message, color=color), err=True)
            raise typer.Exit(int(exit_code_for(exc))) from None
        finally:
            state = ctx.find_object(CliState)
            if state is not None:
                state.close()

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code: int
        try:
            result = super().main(
                args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra
            )
        except BrokenPipeError:  # `onerecord --help | head -1`
            _silence_stdout()
            code = ExitCode.PIPE_CLOSED
        except SystemExit as exc:
            # click ends a help text cut short by a closed pipe with exit 1 after pacifying stdout: the same
            # quiet end as any other command, with the same code.
            # (by name: typer >= 0.26 carries its own copy of click, older ones use click's)
            if type(sys.stdout).__name__ != "PacifyFlushWrapper":
                raise
            _silence_stdout()
            code = ExitCode.PIPE_CLOSED if exc.code == 1 else int(exc.code or 0)
        except typer.TyperException as exc:
            code = getattr(exc, "exit_code", ExitCode.UNEXPECTED)
            if type(exc).__name__ == "NoArgsIsHelpError":
                typer.echo(exc.format_message(), err=True)  # the help text itself
            else:
                typer.echo(_usage_error(exc), err=True)
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            code = ExitCode.UNEXPECTED
        else:
            code = result if isinstance(result, int) and not isinstance(result, bool) else ExitCode.OK
        if not standalone_mode:
            return int(code)
        sys.exit(int(code))


def _sources(state: CliState | None) -> dict[str, str] | None:
    """Where each setting came from, if they were resolved (a 401 then says so); never resolves them here."""
    settings = state.resolved_settings if state is not None else None
    return dict(settings.sources) if settings is not None else None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not raise a second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _usage_error(exc: typer.TyperException) -> str:
    """``error: <what>`` then where to look, instead of click's usage block: the first line says it all."""
    line = error_line(exc.format_message(), color=detect_style(sys.stderr).color)
    ctx = getattr(exc, "ctx", None)
    command_path = getattr(ctx, "command_path", None)
    if command_path:
        line += f"\n(see '{command_path} --help')"
    return line
