# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chat_completion_moderation_error import ChatCompletionModerationError
from .chat_completion_moderation_results import ChatCompletionModerationResults


class ChatCompletionModeration(BaseModel):
    """Moderation results or errors for the request input and generated output."""

    input: Open[
        Annotated[
            Annotated[ChatCompletionModerationResults, Tag("moderation_results")]
            | Annotated[ChatCompletionModerationError, Tag("error")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Moderation for the request input."""

    output: Open[
        Annotated[
            Annotated[ChatCompletionModerationResults, Tag("moderation_results")]
            | Annotated[ChatCompletionModerationError, Tag("error")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Moderation for the generated output."""
