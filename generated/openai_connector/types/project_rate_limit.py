# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectRateLimit(BaseModel):
    """Represents a project rate limit config."""

    object: Literal["project.rate_limit"] = Field(default_factory=_missing)
    """The object type, which is always `project.rate_limit`"""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    model: str = Field(default_factory=_missing)
    """The model this rate limit applies to."""

    max_requests_per_1_minute: int = Field(default_factory=_missing)
    """The maximum requests per minute."""

    max_tokens_per_1_minute: int = Field(default_factory=_missing)
    """The maximum tokens per minute."""

    max_images_per_1_minute: int | None = None
    """The maximum images per minute. Only present for relevant models."""

    max_audio_megabytes_per_1_minute: int | None = None
    """The maximum audio megabytes per minute. Only present for relevant models."""

    max_requests_per_1_day: int | None = None
    """The maximum requests per day. Only present for relevant models."""

    batch_1_day_max_input_tokens: int | None = None
    """The maximum batch input tokens per day. Only present for relevant models."""
