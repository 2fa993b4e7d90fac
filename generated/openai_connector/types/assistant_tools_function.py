# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .function_object import FunctionObject, FunctionObjectParam


class AssistantToolsFunction(BaseModel):
    """Function tool"""

    type: Literal["function"]
    """The type of tool being defined: `function`"""

    function: FunctionObject


class AssistantToolsFunctionParam(TypedDict, total=False):
    """Function tool"""

    type: Required[Literal["function"]]
    """The type of tool being defined: `function`"""

    function: Required[FunctionObjectParam]
