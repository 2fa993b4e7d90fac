# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .moderation_input_type import ModerationInputType


class ModerationResultBody(BaseModel):
    """A moderation result produced for the response input or output."""

    type: Literal["moderation_result"]
    """The object type, which was always `moderation_result` for successful moderation results."""

    model: str
    """The moderation model that produced this result."""

    flagged: bool
    """A boolean indicating whether the content was flagged by any category."""

    categories: dict[str, bool]
    """A dictionary of moderation categories to booleans, True if the input is flagged under this category."""

    category_scores: dict[str, float]
    """A dictionary of moderation categories to scores."""

    category_applied_input_types: dict[str, list[ModerationInputType]]
    """Which modalities of input are reflected by the score for each category."""
