"""The sandbox's error type and the JSON bodies it turns into.

Route code raises :class:`ApiError`; one exception handler renders it. Bodies follow the spec's ``Error`` schema
(``{"message", "errors": [{"resource", "field", "code", "message"}]}``), or RFC 6749's ``{"error",
"error_description"}`` on the token route (:class:`OAuthError`).
"""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import Send

FieldErrors = list[dict[str, str]]


def field_error(resource: str, field: str, code: str, message: str) -> dict[str, str]:
    """One entry of an error body's ``errors`` list."""
    return {"resource": resource, "field": field, "code": code, "message": message}


class ApiError(Exception):
    """An HTTP error answer with the API's error body."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: FieldErrors | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {message}")
        self.status = status
        self.message = message
        self.errors = errors or []
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message}
        if self.errors:
            body["errors"] = self.errors
        return body

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


class OAuthError(ApiError):
    """An error of the token route, rendered as an RFC 6749 section 5.2 body."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(status, description)
        self.error = error

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "error_description": self.message}


def bad_json() -> ApiError:
    return ApiError(400, "Problems parsing JSON")


def bad_query(errors: FieldErrors) -> ApiError:
    return ApiError(400, "Invalid query parameters", errors)


def validation_failed(errors: FieldErrors) -> ApiError:
    return ApiError(422, "Validation Failed", errors)


def unauthorized(message: str) -> ApiError:
    return ApiError(401, message, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def forbidden(message: str) -> ApiError:
    return ApiError(403, message)


def not_found(resource: str) -> ApiError:
    return ApiError(404, f"{resource} not found")


def conflict(message: str, errors: FieldErrors | None = None) -> ApiError:
    return ApiError(409, message, errors)


async def send_json(send: Send, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
    """Answer with a JSON body straight from ASGI middleware, which runs outside Starlette's exception handlers."""
    payload = json.dumps(body).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw_headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})
