"""The client events of a Realtime connection as methods (`connection.session.update(...)`, ...).

Each method sends one event of the spec's `RealtimeClientEvent` union, its arguments checked first
(`client_event`); what each event does is the spec's to say (see the event models' docstrings).

Generated from generator/runtime/core/_realtime/_async_events.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._types import NOT_GIVEN, NotGiven
from ._events import client_event

if TYPE_CHECKING:
    from ._sync_realtime import RealtimeConnection

__all__ = ["ConversationEvents", "InputAudioBufferEvents", "OutputAudioBufferEvents", "ResponseEvents", "SessionEvents"]


class _Events:
    def __init__(self, connection: RealtimeConnection) -> None:
        self._connection = connection

    def _send(self, event_type: str, **fields: object) -> None:
        self._connection.send(client_event(event_type, **fields))


class SessionEvents(_Events):
    """`connection.session`."""

    def update(self, *, session: Mapping[str, Any], event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`session.update`: change the session's configuration (the server answers `session.updated`)."""
        self._send("session.update", session=session, event_id=event_id)


class ResponseEvents(_Events):
    """`connection.response`."""

    def create(
        self, *, response: Mapping[str, Any] | NotGiven = NOT_GIVEN, event_id: str | NotGiven = NOT_GIVEN
    ) -> None:
        """`response.create`: have the model respond (`response` overrides the session's settings for it)."""
        self._send("response.create", response=response, event_id=event_id)

    def cancel(self, *, response_id: str | NotGiven = NOT_GIVEN, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`response.cancel`: stop the response in progress (or `response_id`)."""
        self._send("response.cancel", response_id=response_id, event_id=event_id)


class InputAudioBufferEvents(_Events):
    """`connection.input_audio_buffer`."""

    def append(self, *, audio: str, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`input_audio_buffer.append`: add base64-encoded audio to the input buffer."""
        self._send("input_audio_buffer.append", audio=audio, event_id=event_id)

    def commit(self, *, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`input_audio_buffer.commit`: make the buffered audio a user message."""
        self._send("input_audio_buffer.commit", event_id=event_id)

    def clear(self, *, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`input_audio_buffer.clear`: drop the buffered audio."""
        self._send("input_audio_buffer.clear", event_id=event_id)


class OutputAudioBufferEvents(_Events):
    """`connection.output_audio_buffer`."""

    def clear(self, *, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`output_audio_buffer.clear`: cut off the audio being played (WebRTC and SIP only)."""
        self._send("output_audio_buffer.clear", event_id=event_id)


class ConversationItemEvents(_Events):
    """`connection.conversation.item`."""

    def create(
        self,
        *,
        item: Mapping[str, Any],
        previous_item_id: str | NotGiven = NOT_GIVEN,
        event_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """`conversation.item.create`: add an item (message, function call or output) to the conversation."""
        self._send("conversation.item.create", item=item, previous_item_id=previous_item_id, event_id=event_id)

    def delete(self, *, item_id: str, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`conversation.item.delete`: remove an item from the conversation."""
        self._send("conversation.item.delete", item_id=item_id, event_id=event_id)

    def retrieve(self, *, item_id: str, event_id: str | NotGiven = NOT_GIVEN) -> None:
        """`conversation.item.retrieve`: ask for the server's copy of an item."""
        self._send("conversation.item.retrieve", item_id=item_id, event_id=event_id)

    def truncate(
        self, *, item_id: str, content_index: int, audio_end_ms: int, event_id: str | NotGiven = NOT_GIVEN
    ) -> None:
        """`conversation.item.truncate`: cut an assistant message's audio at `audio_end_ms`."""
        self._send(
            "conversation.item.truncate",
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
            event_id=event_id,
        )


class ConversationEvents(_Events):
    """`connection.conversation`."""

    @cached_property
    def item(self) -> ConversationItemEvents:
        return ConversationItemEvents(self._connection)
