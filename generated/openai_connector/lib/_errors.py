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
    "OpenAIError",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
]


class OpenAIError(Exception):
    """Base of every error the client raises (openai-python's name): API errors and bad settings or arguments."""


class ConfigurationError(OpenAIError, ValueError):
    """The client was constructed with missing, conflicting or malformed settings."""


class InvalidRequestError(OpenAIError, ValueError):
    """An argument cannot be sent as given; raised before anything is sent.

    A value of the wrong JSON type, outside the spec's bounds (`minimum`, `maxLength`, `maxItems`, ...),
    `None` where the spec does not allow null, text that is not valid Unicode, or a file that cannot be
    read or is of a format the operation does not take. `param` is the parameter (or file field) at
    fault, as the API names it; the message names it too, with the bound it breaks.
    """

    def __init__(self, message: str, *, param: str) -> None:
        super().__init__(message)
        self.param = param


class APIError(OpenAIError):
    """Base of every error about a request to the API.

    `body` is the decoded error body: of a 4xx/5xx answer its `error` object (as openai-python), else the
    whole JSON value, the text, or `None`; `code`, `param` and `type` are read from it. `request` is the
    request that failed (its URL may name an Azure resource: it is kept for programs, never put in the message).
    """

    message: str
    request: httpx2.Request | None
    body: object | None

    def __init__(self, message: str, request: httpx2.Request | None = None, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    @property
    def code(self) -> str | None:
        """`code` of the error object, if any."""
        return _error_field(self.body, "code")

    @property
    def param(self) -> str | None:
        """`param` of the error object: the request parameter at fault, if the API named one."""
        return _error_field(self.body, "param")

    @property
    def type(self) -> str | None:
        """`type` of the error object (e.g. `invalid_request_error`), if any."""
        return _error_field(self.body, "type")


class APIConnectionError(APIError):
    """The request did not get a complete response: connection refused or reset, DNS, TLS, ..."""

    def __init__(self, message: str = "Connection error.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request (or a stream, between two chunks) timed out; `APITimeoutError(request)` works as in openai-python."""

    def __init__(
        self, message: str | httpx2.Request = "Request timed out.", *, request: httpx2.Request | None = None
    ) -> None:
        if isinstance(message, httpx2.Request):
            super().__init__("Request timed out.", request=message)
        else:
            super().__init__(message, request=request)


class StreamInterruptedError(APIConnectionError):
    """A stream ended before its end: the connection dropped, or it closed without its terminator."""


class APIResponseValidationError(APIError):
    """The response body is not valid JSON, or not of the expected shape.

    Takes `(message, response=..., body=...)` or openai-python's `(response, body, message=...)`.
    """

    status_code: int

    def __init__(
        self,
        message: str | httpx2.Response | None = None,
        body: object | None = None,
        *,
        response: httpx2.Response | None = None,
    ) -> None:
        if isinstance(message, httpx2.Response):
            message, response = None, message
        if response is None:
            raise TypeError("APIResponseValidationError() needs the response")
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
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
        super().__init__(message, response.request, body=body)
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


def _error_field(body: object, name: str) -> str | None:
    err = _error_object(body)
    value = err.get(name) if err else None
    return value if isinstance(value, str) else None


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
    if err is not None and isinstance(body, Mapping) and isinstance(body.get("error"), Mapping):
        body = err  # the `error` object, as openai-python's `body`
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


class PollTimeoutError(OpenAIError, TimeoutError, RuntimeError):
    """A poll helper gave up after its `poll_timeout` (or `max_wait_seconds`); the resource is left as it is.

    `resource_id` and `status` are the resource's id and its status at the last poll. A `RuntimeError`
    too, which is what openai-python's `files.wait_for_processing` raises.
    """

    def __init__(self, what: str, resource_id: str, status: object, waited: float) -> None:
        super().__init__(f"gave up waiting for {what} {resource_id} after {waited:g} s: its status is still {status!r}")
        self.resource_id = resource_id
        self.status = status
