# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ...lib._models import BaseModel, Open, tag_of
from ...lib._models import missing as _missing
from .chat_completion_request_tool_message_content_part import (
    ChatCompletionRequestToolMessageContentPart,
    ChatCompletionRequestToolMessageContentPartParam,
)


class ChatCompletionRequestToolMessage(BaseModel):
    """Tool message"""

    role: Literal["tool"] = Field(default_factory=_missing)
    """The role of the messages author, in this case `tool`."""

    content: Open[
        Annotated[
            Annotated[str, Tag("<str>")] | Annotated[list[ChatCompletionRequestToolMessageContentPart], Tag("<list>")],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """The contents of the tool message."""

    tool_call_id: str = Field(default_factory=_missing)
    """Tool call that this message is responding to."""


class ChatCompletionRequestToolMessageParam(TypedDict, total=False):
    """Tool message"""

    role: Required[Literal["tool"]]
    """The role of the messages author, in this case `tool`."""

    content: Required[str | Sequence[ChatCompletionRequestToolMessageContentPartParam]]
    """The contents of the tool message."""

    tool_call_id: Required[str]
    """Tool call that this message is responding to."""
