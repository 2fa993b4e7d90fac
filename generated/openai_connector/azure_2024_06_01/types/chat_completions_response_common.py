# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_response_object import ChatCompletionResponseObject
from .completion_usage import CompletionUsage


class ChatCompletionsResponseCommon(BaseModel):
    id: str = Field(default_factory=_missing)
    """A unique identifier for the chat completion."""

    object: ChatCompletionResponseObject = Field(default_factory=_missing)
    """The object type."""

    created: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the chat completion was created."""

    model: str = Field(default_factory=_missing)
    """The model used for the chat completion."""

    usage: CompletionUsage | None = None
    """Usage statistics for the completion request."""

    system_fingerprint: str | None = None
    """Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism."""
