# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ResponseFormatText(BaseModel):
    type: Literal["text"] = Field(default_factory=_missing)
    """The type of response format being defined: `text`"""


class ResponseFormatTextParam(TypedDict, total=False):
    type: Required[Literal["text"]]
    """The type of response format being defined: `text`"""
