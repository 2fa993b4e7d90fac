# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .create_chat_completion_response import CreateChatCompletionResponse


class ChatCompletionList(BaseModel):
    """An object representing a list of Chat Completions."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[CreateChatCompletionResponse]
    """An array of chat completion objects."""

    first_id: str
    """The identifier of the first chat completion in the data array."""

    last_id: str
    """The identifier of the last chat completion in the data array."""

    has_more: bool
    """Indicates whether there are more Chat Completions available."""
