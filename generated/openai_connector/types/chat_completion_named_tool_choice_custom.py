# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatCompletionNamedToolChoiceCustomCustom(BaseModel):
    name: str = Field(default_factory=_missing)
    """The name of the custom tool to call."""


class ChatCompletionNamedToolChoiceCustom(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

    type: 'Literal["custom"]' = Field(default_factory=_missing)
    """For custom tool calling, the type is always `custom`."""

    custom: ChatCompletionNamedToolChoiceCustomCustom = Field(default_factory=_missing)


class ChatCompletionNamedToolChoiceCustomCustomParam(TypedDict, total=False):
    name: Required[str]
    """The name of the custom tool to call."""


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    custom: Required[ChatCompletionNamedToolChoiceCustomCustomParam]
