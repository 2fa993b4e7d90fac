# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .function_object import FunctionObject, FunctionObjectParam


class AssistantToolsFunction(BaseModel):
    """Function tool"""

    type: 'Literal["function"]' = Field(default_factory=_missing)
    """The type of tool being defined: `function`"""

    function: FunctionObject = Field(default_factory=_missing)


class AssistantToolsFunctionParam(TypedDict, total=False):
    """Function tool"""

    type: Required[Literal["function"]]
    """The type of tool being defined: `function`"""

    function: Required[FunctionObjectParam]
