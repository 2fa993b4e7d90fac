# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatCompletionDeleted(BaseModel):
    object: 'Literal["chat.completion.deleted"]' = Field(default_factory=_missing)
    """The type of object being deleted."""

    id: str = Field(default_factory=_missing)
    """The ID of the chat completion that was deleted."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the chat completion was deleted."""
