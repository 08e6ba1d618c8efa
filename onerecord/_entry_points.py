"""Console scripts whose modules need an extra: a missing extra is one line telling how to install it.

The entry point cannot live in ``onerecord.sandbox`` itself, because importing that package without Starlette and
uvicorn is what fails (with a traceback, before any code of the script could catch it).
"""

from __future__ import annotations

import sys

__all__ = ["sandbox"]


def sandbox() -> None:
    """``onerecord-sandbox``: see ``python -m onerecord.sandbox --help``."""
    try:
        from .sandbox.__main__ import main
    except ImportError as exc:
        extra_modules = {"starlette", "uvicorn", "anyio", "jsonschema"}
        if (exc.name or "").split(".")[0] not in extra_modules and "extra" not in str(exc):
            raise
        sys.stderr.write("error: the sandbox needs its extra: pip install 'technema-onerecord[sandbox]'\n")
        sys.exit(1)
    sys.exit(main())
