# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .function_object import FunctionObject, FunctionObjectParam


class ChatCompletionTool(BaseModel):
    """A function tool that can be used to generate a response."""

    type: 'Literal["function"]' = Field(default_factory=_missing)
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject = Field(default_factory=_missing)


class ChatCompletionToolParam(TypedDict, total=False):
    """A function tool that can be used to generate a response."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[FunctionObjectParam]
