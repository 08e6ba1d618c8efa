"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

_new_uuid = object.__new__
_set_slot = object.__setattr__
_UTC = datetime.UTC


def _parse_uuid(value: str) -> UUID:
    """``UUID(value)``, without its slow constructor for the usual 32 hex digits with or without dashes.

    ``UUID(value)`` strips ``urn:``, ``uuid:`` and braces, removes the dashes, wants 32 characters left and reads them
    with ``int(hex, 16)``. When the dash-less text is 32 ASCII letters or digits, the stripping does nothing, so the
    same ``int(hex, 16)`` here gives the same UUID (and the same ``ValueError`` on a non-hex letter); anything else
    (and any non-``str``) goes to ``UUID`` itself.
    """
    digits = value.replace("-", "")
    if len(digits) == 32 and digits.isascii() and digits.isalnum():
        uuid = _new_uuid(UUID)
        _set_slot(uuid, "int", int(digits, 16))
        _set_slot(uuid, "is_safe", SafeUUID.unknown)
        return uuid
    return UUID(value)


def _parse_datetime(value: str) -> datetime.datetime:
    """``datetime.fromisoformat(value)``, made UTC-aware when the text has no offset (the API's convention)."""
    parsed = datetime.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
