# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole


class ChatCompletionRequestMessageSystem(BaseModel):
    role: ChatCompletionRequestMessageRole = Field(default_factory=_missing)
    """The role of the messages author."""

    content: str | None = None
    """The contents of the message."""
