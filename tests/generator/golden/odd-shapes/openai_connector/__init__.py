# generated from the Odd Shapes spec by the openai-connector generator; do not edit
"""openai_connector: a typed client for Odd Shapes.

Names load lazily (PEP 562): importing the package builds no model until one is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncAzureOpenAI, AsyncClient, AsyncOpenAI, AzureOpenAI, Client, OpenAI
    from .lib import (
        NOT_GIVEN,
        APIConnectionError,
        APIError,
        APIResponse,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AsyncAPIClient,
        AsyncAPIResponse,
        AsyncCursorPage,
        AsyncStream,
        AuthenticationError,
        BadRequestError,
        BaseModel,
        BinaryResponse,
        ClientConfig,
        ClientSettings,
        ConfigurationError,
        ConfigurationWarning,
        ConflictError,
        ContentFilterError,
        ContentFilterFinishReasonError,
        InternalServerError,
        InvalidRequestError,
        InvalidWebhookSignatureError,
        LegacyAPIResponse,
        LengthFinishReasonError,
        NotFoundError,
        NotGiven,
        Open,
        OpenAIError,
        Operation,
        PermissionDeniedError,
        PollTimeoutError,
        RateLimiter,
        RateLimitError,
        RawResponse,
        RequestInfo,
        ResponseInfo,
        ResponseMeta,
        RetryEvent,
        Stream,
        StreamInterruptedError,
        SyncAPIClient,
        SyncCursorPage,
        UnprocessableEntityError,
        pydantic_function_tool,
        to_strict_json_schema,
    )

_MODULE_OF: dict[str, str] = {
    "NOT_GIVEN": ".lib",
    "APIConnectionError": ".lib",
    "APIError": ".lib",
    "APIResponse": ".lib",
    "APIResponseValidationError": ".lib",
    "APIStatusError": ".lib",
    "APITimeoutError": ".lib",
    "AsyncAPIClient": ".lib",
    "AsyncAPIResponse": ".lib",
    "AsyncAzureOpenAI": "._client",
    "AsyncClient": "._client",
    "AsyncCursorPage": ".lib",
    "AsyncOpenAI": "._client",
    "AsyncStream": ".lib",
    "AuthenticationError": ".lib",
    "AzureOpenAI": "._client",
    "BadRequestError": ".lib",
    "BaseModel": ".lib",
    "BinaryResponse": ".lib",
    "Client": "._client",
    "ClientConfig": ".lib",
    "ClientSettings": ".lib",
    "ConfigurationError": ".lib",
    "ConfigurationWarning": ".lib",
    "ConflictError": ".lib",
    "ContentFilterError": ".lib",
    "ContentFilterFinishReasonError": ".lib",
    "InternalServerError": ".lib",
    "InvalidRequestError": ".lib",
    "InvalidWebhookSignatureError": ".lib",
    "LegacyAPIResponse": ".lib",
    "LengthFinishReasonError": ".lib",
    "NotFoundError": ".lib",
    "NotGiven": ".lib",
    "Open": ".lib",
    "OpenAI": "._client",
    "OpenAIError": ".lib",
    "Operation": ".lib",
    "PermissionDeniedError": ".lib",
    "PollTimeoutError": ".lib",
    "RateLimitError": ".lib",
    "RateLimiter": ".lib",
    "RawResponse": ".lib",
    "RequestInfo": ".lib",
    "ResponseInfo": ".lib",
    "ResponseMeta": ".lib",
    "RetryEvent": ".lib",
    "Stream": ".lib",
    "StreamInterruptedError": ".lib",
    "SyncAPIClient": ".lib",
    "SyncCursorPage": ".lib",
    "UnprocessableEntityError": ".lib",
    "pydantic_function_tool": ".lib",
    "to_strict_json_schema": ".lib",
}

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
    "AsyncAzureOpenAI",
    "AsyncClient",
    "AsyncCursorPage",
    "AsyncOpenAI",
    "AsyncStream",
    "AuthenticationError",
    "AzureOpenAI",
    "BadRequestError",
    "BaseModel",
    "BinaryResponse",
    "Client",
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
    "OpenAI",
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
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ModuleNotFoundError as exc:  # a runtime dependency not installed: say which, and how to install it
        from .lib._dependencies import explain_missing

        explained = explain_missing(exc, __name__)
        if explained is None:
            raise
        raise explained from exc
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
