# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .moderation_result_body import ModerationResultBody


class ChatCompletionModerationResults(BaseModel):
    """Successful moderation results for the request input or generated output."""

    type: Literal["moderation_results"]
    """The object type, which is always `moderation_results`."""

    model: str
    """The moderation model used to generate the results."""

    results: list[ModerationResultBody]
    """A list of moderation results."""
