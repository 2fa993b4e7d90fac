"""The helper methods of `responses`: one mixin per feature, combined here."""

from __future__ import annotations

from ._async_responses_stream import AsyncResponsesStream
from ._sync_responses_stream import ResponsesStream

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]


class ResponsesHelpers(ResponsesStream):
    """`stream`."""

    __slots__ = ()


class AsyncResponsesHelpers(AsyncResponsesStream):
    """`stream`."""

    __slots__ = ()
