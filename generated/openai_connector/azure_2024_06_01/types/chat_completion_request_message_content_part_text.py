# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_request_message_content_part_type import ChatCompletionRequestMessageContentPartType


class ChatCompletionRequestMessageContentPartText(BaseModel):
    type: ChatCompletionRequestMessageContentPartType = Field(default_factory=_missing)
    """The type of the content part."""

    text: str = Field(default_factory=_missing)
    """The text content."""
