# copied from generator/runtime/core/helpers/_responses_stream_events.py by the openai-connector generator; edit the source
"""The events `responses.stream(...)` yields: the API's own, two of them with what has accumulated so far.

As openai-python's: a `response.output_text.delta` event also carries `snapshot`, the part's text so far,
and a `response.function_call_arguments.delta` event the call's arguments so far. They are subclasses of
the API's event models, so code written for those keeps working. Imported when a stream starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from ...types.response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent as RawResponseFunctionCallArgumentsDeltaEvent,
)
from ...types.response_text_delta_event import ResponseTextDeltaEvent as RawResponseTextDeltaEvent

if TYPE_CHECKING:
    from ...types.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent

__all__ = [
    "RawResponseFunctionCallArgumentsDeltaEvent",
    "RawResponseTextDeltaEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseStreamEvent",
    "ResponseTextDeltaEvent",
]


class ResponseTextDeltaEvent(RawResponseTextDeltaEvent):
    snapshot: str = ""
    """The text of this content part so far, this delta included."""


class ResponseFunctionCallArgumentsDeltaEvent(RawResponseFunctionCallArgumentsDeltaEvent):
    snapshot: str = ""
    """The arguments (JSON text) of this function call so far, this delta included."""


ResponseStreamEvent: TypeAlias = (
    "ResponseTextDeltaEvent | ResponseFunctionCallArgumentsDeltaEvent | RawResponseStreamEvent"
)
