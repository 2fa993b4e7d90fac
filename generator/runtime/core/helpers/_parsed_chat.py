"""The typed result of `chat.completions.parse`: a `ChatCompletion` whose messages carry `parsed`.

openai-python's names, built on the generated models: `ParsedChatCompletion[T]` has
`ParsedChoice[T]`s whose `message` is a `ParsedChatCompletionMessage[T]` (`parsed`: the
`response_format` model, None on a refusal) and whose function tool calls are
`ParsedFunctionToolCall`s (`function.parsed_arguments`: the tool's model). Imported by `parse`, not
by the resources, so importing the package defines none of these models.
"""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

from pydantic import Discriminator, Field, Tag

from ...types.chat_completion import ChatCompletion, ChatCompletionChoice
from ...types.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from ...types.chat_completion_message_tool_call import (
    ChatCompletionMessageToolCall,
    ChatCompletionMessageToolCallFunction,
)
from ...types.chat_completion_response_message import ChatCompletionResponseMessage
from .._models import Open, missing, tag_of

__all__ = [
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
]

ContentT = TypeVar("ContentT")
ResponseFormatT = TypeVar("ResponseFormatT")  # the model `parse` reads the answer into


class ParsedFunction(ChatCompletionMessageToolCallFunction):
    parsed_arguments: object = None
    """The call's `arguments` read into the model of its `pydantic_function_tool` (a dict for another strict
    tool; None for a tool that is not strict)."""


class ParsedFunctionToolCall(ChatCompletionMessageToolCall):
    function: ParsedFunction = Field(default_factory=missing)


ParsedToolCall = Open[
    Annotated[
        Annotated[ParsedFunctionToolCall, Tag("function")]
        | Annotated[ChatCompletionMessageCustomToolCall, Tag("custom")],
        Discriminator(tag_of("type")),
    ]
]


class ParsedChatCompletionMessage(ChatCompletionResponseMessage, Generic[ContentT]):
    parsed: ContentT | None = None
    """The message's content read into the `response_format` model; None on a refusal (see `refusal`)."""

    tool_calls: list[ParsedToolCall] | None = None  # type: ignore[assignment]


class ParsedChoice(ChatCompletionChoice, Generic[ContentT]):
    message: ParsedChatCompletionMessage[ContentT] = Field(default_factory=missing)


class ParsedChatCompletion(ChatCompletion, Generic[ContentT]):
    choices: list[ParsedChoice[ContentT]] = Field(default_factory=missing)  # type: ignore[assignment]
