# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DirectToolCallCaller(BaseModel):
    type: Literal["direct"] = Field(default_factory=_missing)


class DirectToolCallCallerRequestParam(TypedDict, total=False):
    type: Required[Literal["direct"]]
