"""The data models of the API, re-exported from the generated package so users import from one place.

They are ``attrs`` classes generated from ``openapi/one-record.yaml``: ``from_dict``/``to_dict``, attribute names in
snake case, fields the server did not send set to ``UNSET`` (test with ``isinstance(value, Unset)``), and fields the
spec does not know kept in ``additional_properties``. Response models keep open strings where the server's list is
open (quantity types, event types), so a new value never breaks parsing.

Every name of ``onerecord_api.models`` is re-exported, whatever the spec holds: the list is the generated package's
own ``__all__``, not one written here (``tests/facade/test_models_reexport.py`` checks both agree).
"""

from onerecord_api.models import *  # noqa: F403
from onerecord_api.models import __all__ as _generated_names
from onerecord_api.types import UNSET, Unset

__all__ = [*_generated_names, "UNSET", "Unset"]
