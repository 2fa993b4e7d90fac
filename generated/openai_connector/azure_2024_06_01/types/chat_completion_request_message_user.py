# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ...lib._models import BaseModel, Open, tag_of
from ...lib._models import missing as _missing
from .chat_completion_request_message_content_part import (
    ChatCompletionRequestMessageContentPart,
    ChatCompletionRequestMessageContentPartParam,
)


class ChatCompletionRequestMessageUser(BaseModel):
    role: Literal["user"] = Field(default_factory=_missing)
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


class ChatCompletionRequestMessageUserParam(TypedDict, total=False):
    role: Required[Literal["user"]]
    """The role of the messages author."""

    content: Required[str | Sequence[ChatCompletionRequestMessageContentPartParam] | None]
