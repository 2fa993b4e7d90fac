# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class AssistantToolsFileSearchTypeOnly(BaseModel):
    """FileSearch tool"""

    type: Literal["file_search"] = Field(default_factory=_missing)
    """The type of tool being defined: `file_search`"""


class AssistantToolsFileSearchTypeOnlyParam(TypedDict, total=False):
    """FileSearch tool"""

    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`"""
