# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .beta_moderation_error_body import BetaModerationErrorBody
from .beta_moderation_result_body import BetaModerationResultBody


class BetaModeration(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Open[
        Annotated[
            Annotated[BetaModerationResultBody, Tag("moderation_result")]
            | Annotated[BetaModerationErrorBody, Tag("error")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Moderation for the response input."""

    output: Open[
        Annotated[
            Annotated[BetaModerationResultBody, Tag("moderation_result")]
            | Annotated[BetaModerationErrorBody, Tag("error")],
            Discriminator(tag_of("type")),
        ]
    ] = Field(default_factory=_missing)
    """Moderation for the response output."""
