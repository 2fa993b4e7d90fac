# copied from generator/runtime/core/helpers/_responses_stream_state.py by the openai-connector generator; edit the source
"""`ResponseStreamState`: Responses API stream events in, the events `responses.stream(...)` yields out.

No I/O: the sync and async streams feed it the events they read. It adds to text and function-call
argument deltas what has accumulated so far, keeps the response of `response.completed`, and drops the
events up to `starting_after` (a resumed stream). Imported when a stream starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types.response_completed_event import ResponseCompletedEvent
from ._responses_stream_events import (
    RawResponseFunctionCallArgumentsDeltaEvent,
    RawResponseTextDeltaEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseTextDeltaEvent,
)

if TYPE_CHECKING:
    from ...types.response import Response
    from ...types.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent
    from ._responses_stream_events import ResponseStreamEvent

__all__ = ["ResponseStreamState"]


class ResponseStreamState:
    """What a Responses API stream has said so far."""

    def __init__(self, *, starting_after: int | None = None) -> None:
        self._starting_after = starting_after
        self._texts: dict[tuple[int, int], str] = {}  # (output_index, content_index) -> text so far
        self._arguments: dict[int, str] = {}  # output_index -> function call arguments so far
        self.completed_response: Response | None = None
        self.last_type: str | None = None  # the type of the last event read

    def handle_event(self, event: RawResponseStreamEvent) -> list[ResponseStreamEvent]:
        """The events to yield for `event` (none when it is at or before `starting_after`)."""
        kind = getattr(event, "type", None)
        self.last_type = kind if isinstance(kind, str) else None
        yielded: ResponseStreamEvent = event
        if isinstance(event, RawResponseTextDeltaEvent):
            key = (event.output_index, event.content_index)
            self._texts[key] = self._texts.get(key, "") + (event.delta or "")
            yielded = _with_snapshot(ResponseTextDeltaEvent, event, self._texts[key])
        elif isinstance(event, RawResponseFunctionCallArgumentsDeltaEvent):
            index = event.output_index
            self._arguments[index] = self._arguments.get(index, "") + (event.delta or "")
            yielded = _with_snapshot(ResponseFunctionCallArgumentsDeltaEvent, event, self._arguments[index])
        elif isinstance(event, ResponseCompletedEvent):
            self.completed_response = event.response
        number = getattr(event, "sequence_number", None)
        if self._starting_after is not None and isinstance(number, int) and number <= self._starting_after:
            return []
        return [yielded]


def _with_snapshot(model: Any, event: Any, snapshot: str) -> Any:
    """`event` as `model` (a subclass of its class) with `snapshot` set."""
    values = {**event.__dict__, **(event.__pydantic_extra__ or {}), "snapshot": snapshot}
    return model.model_construct(_fields_set={*event.model_fields_set, "snapshot"}, **values)
