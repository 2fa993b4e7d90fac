"""The handwritten client runtime (handwritten: the generator never writes this folder).

Generated code imports from the private modules per `generator/ARCHITECTURE.md`; users import the
names below. Importing this package is cheap: names load on first use (PEP 562).

Response details of a typed call, thread-safely: results are plain models with no extra fields, and
nothing is stored on the client. Instead, `client.with_options(on_response=callback)` returns a
client sharing the same connection pool whose calls pass a `ResponseInfo` (status, headers, request
id, timing, retries) to `callback` as each attempt's answer arrives (the last one is the answer returned);
`on_response=` on the call itself does the same for one call. Each call invokes the callbacks of the
client it was made through and its own, so concurrent threads and tasks never see each other's responses
(`on_request` and `on_retry` likewise: `_hooks`):

    seen: list[ResponseInfo] = []
    models = client.with_options(on_response=seen.append).models.list()
    seen[-1].headers["x-ratelimit-remaining-requests"]
    seen[-1].meta.remaining_requests, seen[-1].meta.reset_tokens  # typed: `ResponseMeta`

The HTTP response of one call: `client.models.with_raw_response.list()` returns a `LegacyAPIResponse`
(`.headers`, `.status_code`, `.request_id`, `.meta`, ...; `.parse()` gives what the plain call returns);
`with client.models.with_streaming_response.list() as response:` gives an `APIResponse` (`async with`:
`AsyncAPIResponse`) whose body is read only when asked and which is closed when the block ends.

`client.request(...)` (the raw escape hatch) returns a `RawResponse` with status, headers and body.
Binary bodies are read before the call returns; `with_options(stream_binary=True)` returns them
unread, for `BinaryResponse.iter_bytes()` / `write_to_file()` to stream without buffering.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._api_response import APIResponse, AsyncAPIResponse, LegacyAPIResponse
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._config import ClientConfig
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConfigurationWarning,
        ConflictError,
        ContentFilterError,
        InternalServerError,
        InvalidRequestError,
        NotFoundError,
        OpenAIError,
        PermissionDeniedError,
        PollTimeoutError,
        RateLimitError,
        StreamInterruptedError,
        UnprocessableEntityError,
    )
    from ._function_tools import pydantic_function_tool
    from ._hooks import RequestInfo
    from ._models import BaseModel, Open
    from ._operation import Operation
    from ._pagination import AsyncCursorPage, SyncCursorPage
    from ._parse_errors import ContentFilterFinishReasonError, LengthFinishReasonError
    from ._ratelimit import RateLimiter
    from ._response import BinaryResponse, RawResponse, ResponseInfo
    from ._response_meta import ResponseMeta
    from ._retry import RetryEvent
    from ._settings import ClientSettings
    from ._streaming import AsyncStream, Stream
    from ._strict_schema import to_strict_json_schema
    from ._types import NOT_GIVEN, NotGiven
    from ._webhooks import InvalidWebhookSignatureError

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncAPIResponse",
    "AsyncCursorPage",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BinaryResponse",
    "ClientConfig",
    "ClientSettings",
    "ConfigurationError",
    "ConfigurationWarning",
    "ConflictError",
    "ContentFilterError",
    "ContentFilterFinishReasonError",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidWebhookSignatureError",
    "LegacyAPIResponse",
    "LengthFinishReasonError",
    "NotFoundError",
    "NotGiven",
    "Open",
    "OpenAIError",
    "Operation",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RequestInfo",
    "ResponseInfo",
    "ResponseMeta",
    "RetryEvent",
    "Stream",
    "StreamInterruptedError",
    "SyncAPIClient",
    "SyncCursorPage",
    "UnprocessableEntityError",
    "pydantic_function_tool",
    "to_strict_json_schema",
]


def __getattr__(name: str) -> Any:
    from ._reserved import RUNTIME_EXPORTS  # loaded on the first name asked for, not by every runtime import

    module = RUNTIME_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
