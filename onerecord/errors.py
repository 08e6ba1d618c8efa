"""Exceptions raised by the ``onerecord`` client.

Hierarchy (everything derives from :class:`OneRecordError`, so one ``except`` clause catches all of it)::

    OneRecordError
    ├── APIConnectionError          the request never got an HTTP answer
    │   └── APITimeoutError         ... because a timeout expired
    ├── APIStatusError              the server answered with a non-2xx status
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401, and any refused token request
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429 (``retry_after``)
    │   └── InternalServerError         500-599
    ├── ResponseValidationError     a 2xx answer that does not match the spec
    └── SharedStateError            the shared pacing/token store (SQLite, Redis) did not answer in time

Any other status (418, 499, ...) raises a plain :class:`APIStatusError`. Every 5xx, vendor codes such as
Cloudflare's 520-527 included, is an :class:`InternalServerError`: from the caller's side they all mean the server (or
something in front of it) failed. Whether a request is retried depends on the status, not on the class.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from ._json import loads_strict
from ._logging import REDACTED, SENSITIVE_HEADERS
from ._retry import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "OneRecordError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SharedStateError",
    "UnprocessableEntityError",
    "make_status_error",
]


@dataclass(frozen=True)
class FieldError:
    """One entry of the ``errors`` list of an error body: which field was refused and why."""

    field: str | None = None
    code: str | None = None
    message: str | None = None
    resource: str | None = None


class OneRecordError(Exception):
    """Base class of every exception this package raises on purpose."""

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling must not call __init__ again (the subclasses take keyword-only arguments), or an error raised in a
        # worker process (multiprocessing, ProcessPoolExecutor) could not be sent back to the parent.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[OneRecordError], args: tuple[object, ...], state: dict[str, object]) -> OneRecordError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class APIConnectionError(OneRecordError):
    """The request could not be sent, or no response came back (DNS, refused connection, reset, ...).

    ``request_sent`` tells the two apart: ``False`` when no connection was ever made, so the server cannot have
    acted on the request (a create is safe to repeat); ``True`` when it may have been received and processed (look
    the resource up before creating it again).
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        request_sent: bool = True,
    ) -> None:
        self.message = message
        self.request_method = request.method if request is not None else ""
        self.request_url = _safe_url(request.url) if request is not None else ""
        self.request_sent = request_sent
        # Like the status errors, the text says which call failed.
        super().__init__(f"{message} ({self.request_method} {self.request_url})" if request is not None else message)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        request: httpx.Request | None = None,
        request_sent: bool = True,
    ) -> None:
        super().__init__(message, request=request, request_sent=request_sent)


class APIStatusError(OneRecordError):
    """The server answered with a status outside 2xx.

    ``message`` is the server's own sentence when the body has one, else the HTTP reason phrase; ``errors`` lists
    the refused fields of a 422; ``body`` is the parsed JSON, or the text when the body is not JSON.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        errors: list[FieldError] | None = None,
    ) -> None:
        self.status_code = response.status_code
        self.message = message
        self.errors = list(errors or [])
        self.body = body
        self.response = response
        request = _request_of(response)
        _mask_credentials(request)
        self.request_method = request.method if request is not None else ""
        self.request_url = _safe_url(request.url) if request is not None else ""
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.status_code} {self.message}"
        if self.errors:
            details = "; ".join(_describe_field_error(e) for e in self.errors)
            text += f" [{details}]"
        if self.request_method:
            text += f" ({self.request_method} {self.request_url})"
        return text


class BadRequestError(APIStatusError):
    """400: the request could not be read (e.g. malformed JSON)."""


class AuthenticationError(APIStatusError):
    """401 from the API, or the token endpoint refused the credentials (its status may then be 400 or 401)."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but the caller's role may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource for the caller's society."""


class ConflictError(APIStatusError):
    """409: the resource's state forbids the operation."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but invalid; ``errors`` names each offending field."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the server's ``Retry-After`` in seconds, when it sent one."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        errors: list[FieldError] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, response=response, body=body, errors=errors)


class InternalServerError(APIStatusError):
    """Any 5xx: the server, or a proxy in front of it, failed."""


class ResponseValidationError(OneRecordError):
    """A successful response whose body does not match the spec. ``body`` is the raw JSON (or text)."""

    def __init__(self, message: str, *, body: object, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.body = body
        self.response = response
        if response is not None:
            _mask_credentials(_request_of(response))


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}


class SharedStateError(OneRecordError):
    """The store named by ``shared_state`` (SQLite file, Redis) could not be used in time; nothing was sent.

    Raised instead of sending without knowing the shared budget (which would over-send for every worker). Pass
    ``?fallback=local`` in the ``shared_state`` URL to pace locally, with a warning, while the store is unavailable.
    """


def make_status_error(response: httpx.Response, *, cls: type[APIStatusError] | None = None) -> APIStatusError:
    """Build the exception matching ``response``'s status from its body; never fails on an odd body.

    ``cls`` forces the class (the token endpoint's refusals are all :class:`AuthenticationError`).
    """
    body = read_body(response)
    message, errors = _message_and_errors(body)
    if not message:
        message = response.reason_phrase or "HTTP error"
    if cls is None:
        cls = _class_for(response.status_code)
    if issubclass(cls, RateLimitError):
        retry_after = parse_retry_after(response.headers)
        return cls(message, response=response, body=body, errors=errors, retry_after=retry_after)
    return cls(message, response=response, body=body, errors=errors)


def read_body(response: httpx.Response) -> object:
    """The response body as standard JSON when it parses, else as text (``None`` when empty)."""
    try:
        content = response.read()
    except httpx.HTTPError:
        return None
    if not content:
        return None
    try:
        return loads_strict(content)
    except ValueError:
        return response.text


def _class_for(status: int) -> type[APIStatusError]:
    if status == 429:
        return RateLimitError
    if 500 <= status <= 599:
        return InternalServerError
    return _STATUS_CLASSES.get(status, APIStatusError)


def _message_and_errors(body: object) -> tuple[str, list[FieldError]]:
    """``message``/``errors`` of the API's error body, or ``error_description``/``error`` of an OAuth body."""
    if not isinstance(body, dict):
        return "", []
    message = body.get("message")
    if not isinstance(message, str) or not message:
        description, code = body.get("error_description"), body.get("error")
        message = description if isinstance(description, str) and description else code
    errors: list[FieldError] = []
    raw_errors = body.get("errors")
    if isinstance(raw_errors, list):
        errors = [_field_error(item) for item in raw_errors if isinstance(item, dict)]
    return (message if isinstance(message, str) else ""), errors


def _field_error(item: dict[str, object]) -> FieldError:
    def text(key: str) -> str | None:
        value = item.get(key)
        return value if isinstance(value, str) else None

    return FieldError(field=text("field"), code=text("code"), message=text("message"), resource=text("resource"))


def _describe_field_error(error: FieldError) -> str:
    parts = [p for p in (error.field, error.code, error.message) if p]
    return ": ".join(parts) or "invalid"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _mask_credentials(request: httpx.Request | None) -> None:
    """Mask the credentials of a request that is over and travels on inside an exception (``error.response``).

    An error may be logged, pickled to another process or kept in a crash report: the live bearer token must not go
    with it. The request is finished by then (a retry sends a fresh copy), so it is masked in place.
    """
    if request is None:
        return
    for name in SENSITIVE_HEADERS & {key.lower() for key in request.headers}:
        request.headers[name] = REDACTED


def _safe_url(url: httpx.URL) -> str:
    """The URL without any user-info (the API never puts secrets in URLs; this guards against callers who do)."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)
