# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel
from .chat_completion_request_message_content_part_type import ChatCompletionRequestMessageContentPartType


class ChatCompletionRequestMessageContentPart(BaseModel):
    type: ChatCompletionRequestMessageContentPartType
    """The type of the content part."""
