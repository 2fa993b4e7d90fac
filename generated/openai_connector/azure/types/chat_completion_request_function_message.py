# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionRequestFunctionMessage(BaseModel):
    """Function message"""

    role: Literal["function"] = Field(default_factory=_missing)
    """The role of the messages author, in this case `function`."""

    content: str | None = None
    """The contents of the function message."""

    name: str = Field(default_factory=_missing)
    """The name of the function to call."""


class ChatCompletionRequestFunctionMessageParam(TypedDict, total=False):
    """Function message"""

    role: Required[Literal["function"]]
    """The role of the messages author, in this case `function`."""

    content: Required[str | None]
    """The contents of the function message."""

    name: Required[str]
    """The name of the function to call."""
