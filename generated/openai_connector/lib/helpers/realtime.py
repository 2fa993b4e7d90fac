# copied from generator/runtime/core/helpers/realtime.py by the openai-connector generator; edit the source
"""Helper methods of `client.realtime`: `connect()`, a WebSocket session (lib/_realtime/)."""

from __future__ import annotations

from .._realtime._async_realtime import AsyncRealtimeConnect
from .._realtime._sync_realtime import RealtimeConnect

__all__ = ["AsyncRealtimeHelpers", "RealtimeHelpers"]


class RealtimeHelpers(RealtimeConnect):
    """The hand-written methods of the sync `client.realtime`."""


class AsyncRealtimeHelpers(AsyncRealtimeConnect):
    """The hand-written methods of the async `client.realtime`."""
