"""``onerecord auth check``: prove the credentials work, and show what they are, never what they hide."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import typer

from .._context import current
from . import group

app = group("auth")


@app.command("check")
def check(ctx: typer.Context) -> None:
    """Take a token and print the base URL, the client id and when the token expires.

    The client secret and the token are never printed. Exit code 0 when the credentials work, 3 when the server
    refuses them, 4 when it cannot be reached, 2 when no credentials are configured.

    Examples:

    \b
        onerecord auth check
        onerecord --profile sandbox auth check
    """
    import httpx

    from ...errors import APIConnectionError, APITimeoutError, AuthenticationError, make_status_error
    from ...models import TokenResponse

    state = current(ctx)
    client = state.client()
    settings = state.settings()
    http = state.http
    assert http is not None  # built with the client
    # The token is requested directly (not through the facade's cache) because only the raw answer tells its
    # lifetime; it goes through the same HTTP client, so --debug shows it with the secret masked.
    try:
        response = http.post(
            client.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": settings.client_id,
                "client_secret": settings.client_secret,
            },
            headers={"Accept": "application/json"},
        )
    except httpx.RequestError as error:  # the facade does this mapping for its own requests: exit code 4, not 1
        failure = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        raise failure(f"{type(error).__name__}: {error}", request=error.request) from error
    if not response.is_success:
        cls = None if response.status_code == 429 or response.status_code >= 500 else AuthenticationError
        raise make_status_error(response, cls=cls)
    token = TokenResponse.from_dict(response.json())
    expires_at = datetime.now(UTC) + timedelta(seconds=token.expires_in)
    origin = {name: f"  (from {source})" for name, source in settings.sources.items()}
    sys.stdout.write(
        f"base URL:   {client.base_url}{origin.get('base_url', '  (default)')}\n"
        f"client id:  {settings.client_id}{origin.get('client_id', '')}\n"
        f"token:      valid, expires in {_duration(token.expires_in)} "
        f"(at {expires_at.replace(microsecond=0).isoformat().replace('+00:00', 'Z')})\n"
    )


def _duration(seconds: int) -> str:
    minutes, secs = divmod(max(seconds, 0), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s"
