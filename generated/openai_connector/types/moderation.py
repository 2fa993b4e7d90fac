# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .moderation_error_body import ModerationErrorBody
from .moderation_result_body import ModerationResultBody


class Moderation(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Open[
        Annotated[
            Annotated[ModerationResultBody, Tag("moderation_result")] | Annotated[ModerationErrorBody, Tag("error")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Moderation for the response input."""

    output: Open[
        Annotated[
            Annotated[ModerationResultBody, Tag("moderation_result")] | Annotated[ModerationErrorBody, Tag("error")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Moderation for the response output."""
