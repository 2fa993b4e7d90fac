# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole


class ChatCompletionRequestMessageTool(BaseModel):
    role: ChatCompletionRequestMessageRole = Field(default_factory=_missing)
    """The role of the messages author."""

    tool_call_id: str = Field(default_factory=_missing)
    """Tool call that this message is responding to."""

    content: str | None = None
    """The contents of the message."""
