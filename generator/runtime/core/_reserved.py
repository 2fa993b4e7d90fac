"""Names the generated code must never take, and the runtime names it builds on.

The one copy of the contract's names, read by the runtime and by the generator (which loads this
file by path, so it imports nothing but the standard library). Tests check each list against the
runtime itself: a name missing here would let a generated resource or type shadow it.
"""

from __future__ import annotations

# Attributes the generated client adds beside its resources: `webhooks` (when its spec has webhooks), and the
# raw and streaming-response views of its resource tree (every generated resource has these two as well).
GENERATED_CLIENT_ATTRIBUTES: frozenset[str] = frozenset({"webhooks", "with_raw_response", "with_streaming_response"})

# Public attributes of the runtime clients (`SyncAPIClient`, `AsyncAPIClient`), the class attributes
# the generated client sets, and the ones it adds: a top-level resource must not take one of these names.
CLIENT_ATTRIBUTES: frozenset[str] = GENERATED_CLIENT_ATTRIBUTES | frozenset(
    {
        "admin_api_key",
        "api_key",
        "base_url",
        "call",
        "call_page",
        "call_stream",
        "close",
        "config",
        "copy",
        "default_base_url",
        "from_env",
        "is_closed",
        "known_api_versions",
        "max_retries",
        "organization",
        "project",
        "request",
        "timeout",
        "websocket_base_url",
        "with_options",
    }
)

# What generated modules import from the runtime, by module of `lib`: generated classes must not
# take these names.
GENERATED_IMPORTS: dict[str, tuple[str, ...]] = {
    "_base_client": ("AsyncAPIClient", "SyncAPIClient"),
    "_dependencies": ("explain_missing",),
    "_models": ("BaseModel", "Open", "missing", "tag_of"),
    "_operation": ("Operation",),
    "_pagination": (
        "AsyncConversationCursorPage",
        "AsyncCursorPage",
        "AsyncNextCursorPage",
        "AsyncPage",
        "AsyncPaginator",
        "PageInfo",
        "SyncConversationCursorPage",
        "SyncCursorPage",
        "SyncNextCursorPage",
        "SyncPage",
    ),
    "_resource": ("AsyncAPIResource", "SyncAPIResource"),
    "_api_response": ("LegacyAPIResponse",),
    "_response": ("BinaryResponse", "HttpxBinaryResponseContent"),
    "_streaming": ("AsyncStream", "Stream"),
    "_type_exports": ("Target", "load_export"),
    "_types": ("NOT_GIVEN", "Body", "FileTypes", "Headers", "NotGiven", "Query", "Timeout"),
    "_views": (
        "ResourceView",
        "StreamingResourceView",
        "async_raw_method",
        "async_streamed_method",
        "raw_method",
        "streamed_method",
    ),
    "_webhooks": ("Webhooks",),
}

# The runtime's public names (`lib.__all__`) and the module of `lib` defining each; the generated
# package re-exports them beside `Client` and `AsyncClient`.
RUNTIME_EXPORTS: dict[str, str] = {
    "APIConnectionError": "_errors",
    "APIError": "_errors",
    "APIResponse": "_api_response",
    "APIResponseValidationError": "_errors",
    "APIStatusError": "_errors",
    "APITimeoutError": "_errors",
    "AsyncAPIClient": "_base_client",
    "AsyncAPIResponse": "_api_response",
    "AsyncCursorPage": "_pagination",
    "AsyncStream": "_streaming",
    "AuthenticationError": "_errors",
    "BadRequestError": "_errors",
    "BaseModel": "_models",
    "BinaryResponse": "_response",
    "ClientConfig": "_config",
    "ClientSettings": "_settings",
    "ConfigurationError": "_errors",
    "ConfigurationWarning": "_errors",
    "ConflictError": "_errors",
    "ContentFilterError": "_errors",
    "ContentFilterFinishReasonError": "_parse_errors",
    "InternalServerError": "_errors",
    "InvalidRequestError": "_errors",
    "InvalidWebhookSignatureError": "_webhooks",
    "LegacyAPIResponse": "_api_response",
    "LengthFinishReasonError": "_parse_errors",
    "NOT_GIVEN": "_types",
    "NotFoundError": "_errors",
    "NotGiven": "_types",
    "Open": "_models",
    "OpenAIError": "_errors",
    "Operation": "_operation",
    "PermissionDeniedError": "_errors",
    "PollTimeoutError": "_errors",
    "RateLimitError": "_errors",
    "RateLimiter": "_ratelimit",
    "RawResponse": "_response",
    "RequestInfo": "_hooks",
    "ResponseInfo": "_response",
    "ResponseMeta": "_response_meta",
    "RetryEvent": "_retry",
    "Stream": "_streaming",
    "StreamInterruptedError": "_errors",
    "SyncAPIClient": "_base_client",
    "SyncCursorPage": "_pagination",
    "UnprocessableEntityError": "_errors",
    "pydantic_function_tool": "_function_tools",
    "to_strict_json_schema": "_strict_schema",
}
