# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from __future__ import annotations

from pydantic import Field

from ...lib._models import BaseModel, Open
from ...lib._models import missing as _missing
from .chat_completion_request_message_content_part import ChatCompletionRequestMessageContentPart
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole


class ChatCompletionRequestMessageUser(BaseModel):
    role: ChatCompletionRequestMessageRole = Field(default_factory=_missing)
    """The role of the messages author."""

    content: Open[str | list[ChatCompletionRequestMessageContentPart]] | None = None
