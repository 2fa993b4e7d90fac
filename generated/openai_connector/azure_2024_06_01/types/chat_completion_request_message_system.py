# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionRequestMessageSystem(BaseModel):
    role: Literal["system"] = Field(default_factory=_missing)
    """The role of the messages author."""

    content: str | None = None
    """The contents of the message."""


class ChatCompletionRequestMessageSystemParam(TypedDict, total=False):
    role: Required[Literal["system"]]
    """The role of the messages author."""

    content: Required[str | None]
    """The contents of the message."""
