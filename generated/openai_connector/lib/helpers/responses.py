# copied from generator/runtime/core/helpers/responses.py by the openai-connector generator; edit the source
"""Helper methods of `client.responses`: `connect()`, the Responses API over a WebSocket (lib/_realtime/)."""

from __future__ import annotations

from .._realtime._async_responses import AsyncResponsesConnect
from .._realtime._sync_responses import ResponsesConnect

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]


class ResponsesHelpers(ResponsesConnect):
    """The hand-written methods of the sync `client.responses`."""


class AsyncResponsesHelpers(AsyncResponsesConnect):
    """The hand-written methods of the async `client.responses`."""
