"""The helper methods of `responses`: one mixin per feature, combined here."""

from __future__ import annotations

from ._async_parse import AsyncResponsesParse
from ._async_responses_stream import AsyncResponsesStream
from ._sync_parse import ResponsesParse
from ._sync_responses_stream import ResponsesStream

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]


class ResponsesHelpers(ResponsesParse, ResponsesStream):
    """`parse` and `stream`."""


class AsyncResponsesHelpers(AsyncResponsesParse, AsyncResponsesStream):
    """`parse` and `stream`."""
