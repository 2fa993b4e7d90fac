# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class AssistantToolsCode(BaseModel):
    """Code interpreter tool"""

    type: Literal["code_interpreter"] = Field(default_factory=_missing)
    """The type of tool being defined: `code_interpreter`"""


class AssistantToolsCodeParam(TypedDict, total=False):
    """Code interpreter tool"""

    type: Required[Literal["code_interpreter"]]
    """The type of tool being defined: `code_interpreter`"""
