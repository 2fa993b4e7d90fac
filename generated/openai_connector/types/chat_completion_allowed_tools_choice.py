# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chat_completion_allowed_tools import ChatCompletionAllowedTools, ChatCompletionAllowedToolsParam


class ChatCompletionAllowedToolsChoice(BaseModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: 'Literal["allowed_tools"]' = Field(default_factory=_missing)
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: ChatCompletionAllowedTools = Field(default_factory=_missing)
    """Constrains the tools available to the model to a pre-defined set."""


class ChatCompletionAllowedToolsChoiceParam(TypedDict, total=False):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Required[Literal["allowed_tools"]]
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: Required[ChatCompletionAllowedToolsParam]
    """Constrains the tools available to the model to a pre-defined set."""
