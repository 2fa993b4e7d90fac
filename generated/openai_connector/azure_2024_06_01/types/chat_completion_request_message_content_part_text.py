# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionRequestMessageContentPartText(BaseModel):
    type: 'Literal["text"]' = Field(default_factory=_missing)
    """The type of the content part."""

    text: str = Field(default_factory=_missing)
    """The text content."""


class ChatCompletionRequestMessageContentPartTextParam(TypedDict, total=False):
    type: Required[Literal["text"]]
    """The type of the content part."""

    text: Required[str]
    """The text content."""
