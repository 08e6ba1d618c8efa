"""Python client for Technema's One Record API.

The package is a thin, typed facade over ``onerecord_api``, which is generated from ``openapi/one-record.yaml``.
"""

from ._version import __version__

__all__ = ["__version__"]
