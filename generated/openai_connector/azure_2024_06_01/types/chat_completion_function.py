# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_function_parameters import ChatCompletionFunctionParameters


class ChatCompletionFunction(BaseModel):
    name: str = Field(default_factory=_missing)
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    description: str | None = None
    """The description of what the function does."""

    parameters: ChatCompletionFunctionParameters | None = None
    """The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/gpt/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format."""


class ChatCompletionFunctionParam(TypedDict, total=False):
    name: Required[str]
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    description: str
    """The description of what the function does."""

    parameters: ChatCompletionFunctionParameters
    """The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/gpt/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format."""
