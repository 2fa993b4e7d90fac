"""The events `chat.completions.stream(...)` yields, named and shaped as openai-python's.

Each event is a frozen `Record` whose `type` tells which one it is (`event.type == "content.delta"`
narrows the union for type checkers). `ChunkEvent` comes first for every chunk; the others follow it
for what the chunk added to one choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from .._record import Record

if TYPE_CHECKING:
    from ...types.chat_completion import ChatCompletion
    from ...types.chat_completion_chunk import ChatCompletionChunk
    from ...types.chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = [
    "ChatCompletionStreamEvent",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
]


class ChunkEvent(Record):
    """A chunk as it came, with the completion accumulated so far (this chunk included)."""

    chunk: ChatCompletionChunk
    snapshot: ChatCompletion
    type: Literal["chunk"] = "chunk"


class ContentDeltaEvent(Record):
    """Text added to a choice's message: `delta`, and all of it so far in `snapshot`."""

    delta: str
    snapshot: str
    choice_index: int = 0
    parsed: object | None = None
    type: Literal["content.delta"] = "content.delta"


class ContentDoneEvent(Record):
    """A choice's message text is complete."""

    content: str
    choice_index: int = 0
    parsed: object | None = None
    type: Literal["content.done"] = "content.done"


class RefusalDeltaEvent(Record):
    delta: str
    snapshot: str
    choice_index: int = 0
    type: Literal["refusal.delta"] = "refusal.delta"


class RefusalDoneEvent(Record):
    refusal: str
    choice_index: int = 0
    type: Literal["refusal.done"] = "refusal.done"


class FunctionToolCallArgumentsDeltaEvent(Record):
    """JSON text added to a function tool call's arguments (`arguments`: all of it so far)."""

    name: str
    index: int
    arguments: str
    arguments_delta: str
    parsed_arguments: object | None = None
    choice_index: int = 0
    type: Literal["tool_calls.function.arguments.delta"] = "tool_calls.function.arguments.delta"


class FunctionToolCallArgumentsDoneEvent(Record):
    """A function tool call's arguments are complete (the next tool call began, or the choice finished)."""

    name: str
    index: int
    arguments: str
    parsed_arguments: object | None = None
    choice_index: int = 0
    type: Literal["tool_calls.function.arguments.done"] = "tool_calls.function.arguments.done"


class LogprobsContentDeltaEvent(Record):
    content: list[ChatCompletionTokenLogprob]
    snapshot: list[ChatCompletionTokenLogprob]
    choice_index: int = 0
    type: Literal["logprobs.content.delta"] = "logprobs.content.delta"


class LogprobsContentDoneEvent(Record):
    content: list[ChatCompletionTokenLogprob]
    choice_index: int = 0
    type: Literal["logprobs.content.done"] = "logprobs.content.done"


class LogprobsRefusalDeltaEvent(Record):
    refusal: list[ChatCompletionTokenLogprob]
    snapshot: list[ChatCompletionTokenLogprob]
    choice_index: int = 0
    type: Literal["logprobs.refusal.delta"] = "logprobs.refusal.delta"


class LogprobsRefusalDoneEvent(Record):
    refusal: list[ChatCompletionTokenLogprob]
    choice_index: int = 0
    type: Literal["logprobs.refusal.done"] = "logprobs.refusal.done"


ChatCompletionStreamEvent: TypeAlias = (
    ChunkEvent
    | ContentDeltaEvent
    | ContentDoneEvent
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
    | LogprobsContentDeltaEvent
    | LogprobsContentDoneEvent
    | LogprobsRefusalDeltaEvent
    | LogprobsRefusalDoneEvent
)
