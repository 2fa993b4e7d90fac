# copied from generator/runtime/core/_errors.py by the openai-connector generator; edit the source
"""The exceptions the client raises. None of them ever carries a key, a token or an Azure resource name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx2

from ._constants import REQUEST_ID_HEADERS

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConfigurationWarning",
    "ConflictError",
    "ContentFilterError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
]


class ConfigurationError(ValueError):
    """The client was constructed with missing, conflicting or malformed settings."""


class InvalidRequestError(ValueError):
    """An argument cannot be sent as given; raised before anything is sent.

    A value of the wrong JSON type, outside the spec's bounds (`minimum`, `maxLength`, `maxItems`, ...),
    `None` where the spec does not allow null, text that is not valid Unicode, or a file that cannot be
    read or is of a format the operation does not take. `param` is the parameter (or file field) at
    fault, as the API names it; the message names it too, with the bound it breaks.
    """

    def __init__(self, message: str, *, param: str) -> None:
        super().__init__(message)
        self.param = param


class APIError(Exception):
    """Base of every error about a request to the API.

    `body` is the decoded error body (or `None`), `request` the request that failed (its URL may
    name an Azure resource: it is kept for programs, never put in the message).
    """

    message: str
    request: httpx2.Request | None
    body: object | None

    def __init__(self, message: str, *, request: httpx2.Request | None = None, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    @property
    def code(self) -> str | None:
        """`error.code` of the body, if any."""
        err = _error_object(self.body)
        code = err.get("code") if err else None
        return code if isinstance(code, str) else None


class APIConnectionError(APIError):
    """The request did not get a complete response: connection refused or reset, DNS, TLS, ..."""

    def __init__(self, message: str = "Connection error.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request (or a stream, between two chunks) timed out."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message, request=request)


class StreamInterruptedError(APIConnectionError):
    """A stream ended before its end: the connection dropped, or it closed without its terminator."""


class APIResponseValidationError(APIError):
    """The response body is not valid JSON, or not of the expected shape."""

    status_code: int

    def __init__(self, message: str, *, response: httpx2.Response, body: object | None = None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status.

    Carries `status_code`, `request_id` (`x-request-id` or Azure's `apim-request-id`), `headers`
    and the decoded error `body`.
    """

    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx2.Response, body: object | None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id_of(response.headers)


class BadRequestError(APIStatusError):
    """400."""


class ContentFilterError(BadRequestError):
    """400 from Azure OpenAI's content filter.

    `content_filter_result` maps a category (`hate`, `sexual`, `violence`, `self_harm`, `jailbreak`,
    ...) to its verdict, e.g. `{"filtered": True, "severity": "high"}`.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        body: object | None,
        content_filter_result: Mapping[str, Any],
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.content_filter_result: dict[str, Any] = dict(content_filter_result)

    @property
    def filtered_categories(self) -> list[str]:
        """The categories whose verdict is `filtered: true`."""
        return [
            name
            for name, verdict in self.content_filter_result.items()
            if isinstance(verdict, Mapping) and verdict.get("filtered") is True
        ]


class AuthenticationError(APIStatusError):
    """401."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def request_id_of(headers: httpx2.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _error_object(body: object) -> Mapping[str, Any] | None:
    if isinstance(body, Mapping):
        err = body.get("error", body)
        if isinstance(err, Mapping):
            return err
    return None


def _content_filter_result(err: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """Azure puts the verdicts under `innererror` (or `inner_error`), or directly in `error`."""
    inner = err.get("innererror") or err.get("inner_error")
    for holder in (inner, err):
        if isinstance(holder, Mapping):
            for key in ("content_filter_result", "content_filter_results"):
                value = holder.get(key)
                if isinstance(value, Mapping):
                    return value
    if err.get("code") == "content_filter" or (isinstance(inner, Mapping) and inner.get("code") == _RAI_CODE):
        return {}
    return None


_RAI_CODE = "ResponsibleAIPolicyViolation"


def status_error(
    response: httpx2.Response, body: object | None, scrub: Callable[[str], str] | None = None
) -> APIStatusError:
    """The exception for a 4xx/5xx `response` whose decoded body is `body`; `scrub` removes secrets from text."""
    status = response.status_code
    err = _error_object(body)
    detail = err.get("message") if err else None
    if not isinstance(detail, str) or not detail:
        detail = response.reason_phrase or "error"
    message = f"Error code: {status} - {detail}"
    request_id = request_id_of(response.headers)
    if request_id:
        message += f" (request id {request_id})"
    if scrub is not None:
        message = scrub(message)
        body = scrub_value(body, scrub)
    if status == 400 and err is not None:
        cfr = _content_filter_result(err)
        if cfr is not None:
            return ContentFilterError(message, response=response, body=body, content_filter_result=cfr)
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=body)


def scrub_value(value: object, scrub: Callable[[str], str]) -> Any:
    """`value` (a decoded body) with `scrub` applied to every string in it: servers may quote a key back."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, Mapping):
        return {k: scrub_value(v, scrub) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v, scrub) for v in value]
    return value


def scrub_chain(exc: BaseException, scrub: Callable[[str], str]) -> None:
    """Apply `scrub` to the text arguments of `exc` and of every exception it chains (suppressed ones too):
    a transport error may quote a header value, and the chain stays reachable from the error raised."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if any(isinstance(arg, str | bytes) for arg in current.args):
            current.args = tuple(_scrub_arg(arg, scrub) for arg in current.args)
        current = current.__cause__ or current.__context__


def _scrub_arg(arg: object, scrub: Callable[[str], str]) -> object:
    if isinstance(arg, str):
        return scrub(arg)
    if isinstance(arg, bytes):
        return scrub(repr(arg))
    return arg


class ConfigurationWarning(UserWarning):
    """A setting looks wrong (e.g. an OpenAI key given to an Azure client) but may still work."""
