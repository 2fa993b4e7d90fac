# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel, Open
from .chat_completion_request_message_content_part import ChatCompletionRequestMessageContentPart
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole


class ChatCompletionRequestMessageUser(BaseModel):
    role: ChatCompletionRequestMessageRole
    """The role of the messages author."""

    content: Open[str | list[ChatCompletionRequestMessageContentPart]] | None = None
