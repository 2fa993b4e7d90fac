# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel
from .chat_completion_response_object import ChatCompletionResponseObject
from .completion_usage import CompletionUsage


class ChatCompletionsResponseCommon(BaseModel):
    id: str
    """A unique identifier for the chat completion."""

    object: ChatCompletionResponseObject
    """The object type."""

    created: int
    """The Unix timestamp (in seconds) of when the chat completion was created."""

    model: str
    """The model used for the chat completion."""

    usage: CompletionUsage | None = None
    """Usage statistics for the completion request."""

    system_fingerprint: str | None = None
    """Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism."""
