# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ...lib._models import BaseModel, Open, tag_of
from ...lib._models import missing as _missing
from .chat_completion_request_message_content_part import ChatCompletionRequestMessageContentPart
from .chat_completion_request_message_role import ChatCompletionRequestMessageRole


class ChatCompletionRequestMessageUser(BaseModel):
    role: ChatCompletionRequestMessageRole = Field(default_factory=_missing)
    """The role of the messages author."""

    content: (
        Open[
            Annotated[
                Annotated[str, Tag("<str>")] | Annotated[list[ChatCompletionRequestMessageContentPart], Tag("<list>")],
                Discriminator(tag_of(None)),
            ]
        ]
        | None
    ) = None
