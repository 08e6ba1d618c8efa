"""The CLI's own failure types, in a module that imports nothing: error handling must not load what it describes."""

from __future__ import annotations


class ConfigError(Exception):
    """The configuration cannot be used as it is; the message tells how to fix it (exit code 2)."""


class ExportError(Exception):
    """The export cannot start or resume as asked; the message says what to do instead (exit code 2)."""
