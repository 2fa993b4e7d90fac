# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseFormatText(BaseModel):
    """Default response format. Used to generate text responses."""

    type: Literal["text"] = Field(default_factory=_missing)
    """The type of response format being defined. Always `text`."""


class ResponseFormatTextParam(TypedDict, total=False):
    """Default response format. Used to generate text responses."""

    type: Required[Literal["text"]]
    """The type of response format being defined. Always `text`."""
