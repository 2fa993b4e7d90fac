# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)


class ChatCompletionRequestDeveloperMessage(BaseModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages.
    """

    content: Open[
        Annotated[
            Annotated[str, Tag("<str>")] | Annotated[list[ChatCompletionRequestMessageContentPartText], Tag("<list>")],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """The contents of the developer message."""

    role: Literal["developer"] = Field(default_factory=_missing)
    """The role of the messages author, in this case `developer`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""


class ChatCompletionRequestDeveloperMessageParam(TypedDict, total=False):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages.
    """

    content: Required[str | Sequence[ChatCompletionRequestMessageContentPartTextParam]]
    """The contents of the developer message."""

    role: Required[Literal["developer"]]
    """The role of the messages author, in this case `developer`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
