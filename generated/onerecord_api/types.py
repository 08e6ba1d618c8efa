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
_set_uuid_int = vars(UUID)["int"].__set__
_set_uuid_is_safe = vars(UUID)["is_safe"].__set__
_UUID_SAFETY_UNKNOWN = SafeUUID.unknown
_UTC = datetime.UTC


def _parse_uuid(value: str) -> UUID:
    """``UUID(value)`` without its slow constructor when the text, dashes removed, is 32 hex digits.

    ``UUID(value)`` removes ``urn:``, ``uuid:``, surrounding braces and every dash, wants 32 characters left and reads
    them with ``int(hex, 16)``. When the dash-less text has 32 characters that ``int(..., 16)`` reads, it holds no
    ``:`` nor brace, so that removal changed nothing but the dashes: ``UUID`` would read the same number. Anything else
    (and anything not a ``str``) goes to ``UUID`` itself, errors included.
    """
    if type(value) is str:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                pass
            else:
                uuid: UUID = _new_uuid(UUID)
                _set_uuid_int(uuid, number)
                _set_uuid_is_safe(uuid, _UUID_SAFETY_UNKNOWN)
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
