# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ChatCompletionDeleted(BaseModel):
    object: Literal["chat.completion.deleted"]
    """The type of object being deleted."""

    id: str
    """The ID of the chat completion that was deleted."""

    deleted: bool
    """Whether the chat completion was deleted."""
