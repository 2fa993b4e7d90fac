# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole


class ChatCompletionRequestMessage(BaseModel):
    role: ChatCompletionRequestMessageRole = Field(default_factory=_missing)
    """The role of the messages author."""


class ChatCompletionRequestMessageParam(TypedDict, total=False):
    role: Required[ChatCompletionRequestMessageRole]
    """The role of the messages author."""
