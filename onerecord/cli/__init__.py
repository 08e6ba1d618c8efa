"""The ``onerecord`` command line (extra ``technema-onerecord[cli]``: typer and rich).

``main()`` is the console script. The root command lives in ``_app``; one module per concern beside it (config,
output, filters, export, errors, and ``_schema``: what the API description says, read from the generated package)
and one per command group in ``commands/``, imported only when that group runs, so ``onerecord --help`` loads
neither httpx nor the generated package from here.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``onerecord`` console script."""
    try:
        from ._app import app
    except ImportError as exc:  # typer or rich missing
        if exc.name not in {"typer", "rich", "click"}:
            raise
        sys.stderr.write("error: the onerecord command line needs its extra: pip install 'technema-onerecord[cli]'\n")
        sys.exit(1)
    app(prog_name="onerecord")
