# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionFunctionCallOption(BaseModel):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that function."""

    name: str = Field(default_factory=_missing)
    """The name of the function to call."""


class ChatCompletionFunctionCallOptionParam(TypedDict, total=False):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that function."""

    name: Required[str]
    """The name of the function to call."""
