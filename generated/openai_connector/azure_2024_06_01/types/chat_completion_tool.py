# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_function_parameters import ChatCompletionFunctionParameters
from .chat_completion_tool_type import ChatCompletionToolType


class ChatCompletionToolFunction(BaseModel):
    description: str | None = None
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: str = Field(default_factory=_missing)
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    parameters: ChatCompletionFunctionParameters = Field(default_factory=_missing)
    """The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/gpt/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format."""


class ChatCompletionTool(BaseModel):
    type: ChatCompletionToolType = Field(default_factory=_missing)
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionToolFunction = Field(default_factory=_missing)


class ChatCompletionToolFunctionParam(TypedDict, total=False):
    description: str
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: Required[str]
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    parameters: Required[ChatCompletionFunctionParameters]
    """The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/gpt/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format."""


class ChatCompletionToolParam(TypedDict, total=False):
    type: Required[ChatCompletionToolType]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[ChatCompletionToolFunctionParam]
