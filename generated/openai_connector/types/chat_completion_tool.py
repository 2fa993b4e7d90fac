# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .function_object import FunctionObject, FunctionObjectParam


class ChatCompletionTool(BaseModel):
    """A function tool that can be used to generate a response."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject


class ChatCompletionToolParam(TypedDict, total=False):
    """A function tool that can be used to generate a response."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[FunctionObjectParam]
