# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_moderation_input_type import BetaModerationInputType


class BetaModerationResultBody(BaseModel):
    """A moderation result produced for the response input or output."""

    type: Literal["moderation_result"] = Field(default_factory=_missing)
    """The object type, which was always `moderation_result` for successful moderation results."""

    model: str = Field(default_factory=_missing)
    """The moderation model that produced this result."""

    flagged: bool = Field(default_factory=_missing)
    """A boolean indicating whether the content was flagged by any category."""

    categories: dict[str, bool] = Field(default_factory=_missing)
    """A dictionary of moderation categories to booleans, True if the input is flagged under this category."""

    category_scores: dict[str, float] = Field(default_factory=_missing)
    """A dictionary of moderation categories to scores."""

    category_applied_input_types: dict[str, list[BetaModerationInputType]] = Field(default_factory=_missing)
    """Which modalities of input are reflected by the score for each category."""
