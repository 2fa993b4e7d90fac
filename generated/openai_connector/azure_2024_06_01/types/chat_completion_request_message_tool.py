# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionRequestMessageTool(BaseModel):
    role: Literal["tool"] = Field(default_factory=_missing)
    """The role of the messages author."""

    tool_call_id: str = Field(default_factory=_missing)
    """Tool call that this message is responding to."""

    content: str | None = None
    """The contents of the message."""


class ChatCompletionRequestMessageToolParam(TypedDict, total=False):
    role: Required[Literal["tool"]]
    """The role of the messages author."""

    tool_call_id: Required[str]
    """Tool call that this message is responding to."""

    content: Required[str | None]
    """The contents of the message."""
