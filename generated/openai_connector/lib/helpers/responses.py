# copied from generator/runtime/core/helpers/responses.py by the openai-connector generator; edit the source
"""The helper methods of `responses`: one mixin per feature, combined here."""

from __future__ import annotations

from .._realtime._async_responses import AsyncResponsesConnect
from .._realtime._sync_responses import ResponsesConnect
from ._async_parse import AsyncResponsesParse
from ._async_responses_stream import AsyncResponsesStream
from ._sync_parse import ResponsesParse
from ._sync_responses_stream import ResponsesStream

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]


class ResponsesHelpers(ResponsesParse, ResponsesStream, ResponsesConnect):
    """`parse`, `stream` and `connect`."""


class AsyncResponsesHelpers(AsyncResponsesParse, AsyncResponsesStream, AsyncResponsesConnect):
    """`parse`, `stream` and `connect`."""
