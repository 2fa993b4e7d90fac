# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class MessageRequestContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: 'Literal["text"]' = Field(default_factory=_missing)
    """Always `text`."""

    text: str = Field(default_factory=_missing)
    """Text content to be sent to the model"""


class MessageRequestContentTextObjectParam(TypedDict, total=False):
    """The text content that is part of a message."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """Text content to be sent to the model"""
