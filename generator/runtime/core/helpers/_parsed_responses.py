"""The typed result of `responses.parse`: a `Response` whose output text carries `parsed`.

openai-python's names, built on the generated models: `ParsedResponse[T]` (`output_parsed`: the first
parsed output text), whose `output` holds `ParsedResponseOutputMessage[T]`s (their `output_text`
content a `ParsedResponseOutputText[T]`) and `ParsedResponseFunctionToolCall`s (`parsed_arguments`),
beside every other output item as generated. Imported by `parse`, not by the resources.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from pydantic import Discriminator, Field, Tag

from ...types.function_tool_call import FunctionToolCall
from ...types.output_item import OutputItem
from ...types.output_message import OutputMessage
from ...types.output_text_content import OutputTextContent
from ...types.refusal_content import RefusalContent
from ...types.response import Response
from .._models import Open, missing, tag_of

__all__ = [
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
]

ContentT = TypeVar("ContentT")
TextFormatT = TypeVar("TextFormatT")  # the model `parse` reads the answer into
_PARSED_ITEMS = frozenset({"message", "function_call"})


class ParsedResponseOutputText(OutputTextContent, Generic[ContentT]):
    parsed: ContentT | None = None
    """The text read into the `text_format` model."""


class ParsedResponseOutputMessage(OutputMessage, Generic[ContentT]):
    content: list[
        Open[
            Annotated[
                Annotated[ParsedResponseOutputText[ContentT], Tag("output_text")]
                | Annotated[RefusalContent, Tag("refusal")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=missing)  # type: ignore[assignment]


class ParsedResponseFunctionToolCall(FunctionToolCall):
    parsed_arguments: object = None
    """The call's `arguments` read into the model of its `pydantic_function_tool` (a dict for another strict
    tool; None for a tool that is not strict)."""


def _item_kind(value: Any) -> str | None:
    tag = tag_of("type")(value)
    return tag if tag in _PARSED_ITEMS else "other"


class ParsedResponse(Response, Generic[ContentT]):
    output: list[
        Open[
            Annotated[
                Annotated[ParsedResponseOutputMessage[ContentT], Tag("message")]
                | Annotated[ParsedResponseFunctionToolCall, Tag("function_call")]
                | Annotated[OutputItem, Tag("other")],
                Discriminator(_item_kind),
            ]
        ]
    ] = Field(default_factory=missing)

    @property
    def output_parsed(self) -> ContentT | None:
        """The first output text's `parsed` value (None when no message has one)."""
        for item in self.output:
            if isinstance(item, ParsedResponseOutputMessage):
                for content in item.content:
                    if isinstance(content, ParsedResponseOutputText) and content.parsed is not None:
                        return content.parsed
        return None
