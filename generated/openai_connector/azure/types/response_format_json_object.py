# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ResponseFormatJsonObject(BaseModel):
    type: Literal["json_object"] = Field(default_factory=_missing)
    """The type of response format being defined: `json_object`"""


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    type: Required[Literal["json_object"]]
    """The type of response format being defined: `json_object`"""
