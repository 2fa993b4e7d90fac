# generated from specs/azure/inference-2024-10-21.json by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ...lib._models import BaseModel
from .function_object import FunctionObject, FunctionObjectParam


class ChatCompletionTool(BaseModel):
    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject


class ChatCompletionToolParam(TypedDict, total=False):
    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[FunctionObjectParam]
