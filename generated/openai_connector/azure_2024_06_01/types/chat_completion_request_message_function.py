# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionRequestMessageFunction(BaseModel):
    role: Literal["function"] = Field(default_factory=_missing)
    """The role of the messages author, in this case `function`."""

    name: str | None = None
    """The contents of the message."""

    content: str | None = None
    """The contents of the message."""


class ChatCompletionRequestMessageFunctionParam(TypedDict, total=False):
    role: Required[Literal["function"]]
    """The role of the messages author, in this case `function`."""

    name: str
    """The contents of the message."""

    content: Required[str | None]
    """The contents of the message."""
