"""Whether a request carries the credentials its operation's security requirements ask for."""

from __future__ import annotations

from typing import Any

from generator.mockserver.messages import MockRequest, MockResponse, error
from generator.spec.api import ApiSpec, SpecOperation


def check_auth(
    spec: ApiSpec, operation: SpecOperation, request: MockRequest, *, azure_auth: bool = False
) -> MockResponse | None:
    """OpenAI's 401 when no requirement is met; None when one is (`azure_auth`: an `api-key` header will do)."""
    bearer = request.headers.get("authorization", "")
    has_bearer = bearer.lower().startswith("bearer ") and bool(bearer[7:].strip())
    if azure_auth and (has_bearer or request.headers.get("api-key", "").strip()):
        return None
    requirements = spec.security(operation)
    if not requirements or any(_satisfied(r, request, has_bearer) for r in requirements):
        return None
    return error(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using "
        "Bearer auth (i.e. Authorization: Bearer YOUR_KEY)"
        + (", or in an api-key header." if _wants_api_key(requirements) or azure_auth else "."),
        code="invalid_api_key",
    )


def _wants_api_key(requirements: list[dict[str, dict[str, Any]]]) -> bool:
    return any(s.get("type") == "apiKey" for r in requirements for s in r.values())


def _satisfied(requirement: dict[str, dict[str, Any]], request: MockRequest, has_bearer: bool) -> bool:
    for scheme in requirement.values():
        kind = scheme.get("type")
        if kind == "apiKey":
            name = str(scheme.get("name", "")).lower()
            where = scheme.get("in")
            present = request.headers.get(name, "") if where == "header" else (request.query.get(name) or [""])[0]
            if not present.strip():
                return False
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            if not request.headers.get("authorization", "").lower().startswith("basic "):
                return False
        elif not has_bearer:  # http bearer, oauth2, openIdConnect: a bearer token
            return False
    return True
