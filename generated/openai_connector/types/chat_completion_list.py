# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chat_completion import ChatCompletion


class ChatCompletionList(BaseModel):
    """An object representing a list of Chat Completions."""

    object: Literal["list"] = Field(default_factory=_missing)
    """The type of this object. It is always set to "list"."""

    data: list[ChatCompletion] = Field(default_factory=_missing)
    """An array of chat completion objects."""

    first_id: str = Field(default_factory=_missing)
    """The identifier of the first chat completion in the data array."""

    last_id: str = Field(default_factory=_missing)
    """The identifier of the last chat completion in the data array."""

    has_more: bool = Field(default_factory=_missing)
    """Indicates whether there are more Chat Completions available."""
