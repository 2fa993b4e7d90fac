# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .moderation_result_body import ModerationResultBody


class ChatCompletionModerationResults(BaseModel):
    """Successful moderation results for the request input or generated output."""

    type: Literal["moderation_results"] = Field(default_factory=_missing)
    """The object type, which is always `moderation_results`."""

    model: str = Field(default_factory=_missing)
    """The moderation model used to generate the results."""

    results: list[ModerationResultBody] = Field(default_factory=_missing)
    """A list of moderation results."""
