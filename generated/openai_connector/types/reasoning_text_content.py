# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ReasoningTextContent(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"] = Field(default_factory=_missing)
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str = Field(default_factory=_missing)
    """The reasoning text from the model."""


class ReasoningTextContentParam(TypedDict, total=False):
    """Reasoning text from the model."""

    type: Required[Literal["reasoning_text"]]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: Required[str]
    """The reasoning text from the model."""
