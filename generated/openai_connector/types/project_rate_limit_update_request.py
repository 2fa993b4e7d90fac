# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ProjectRateLimitUpdateRequest(BaseModel):
    max_requests_per_1_minute: int | None = None
    """The maximum requests per minute."""

    max_tokens_per_1_minute: int | None = None
    """The maximum tokens per minute."""

    max_images_per_1_minute: int | None = None
    """The maximum images per minute. Only relevant for certain models."""

    max_audio_megabytes_per_1_minute: int | None = None
    """The maximum audio megabytes per minute. Only relevant for certain models."""

    max_requests_per_1_day: int | None = None
    """The maximum requests per day. Only relevant for certain models."""

    batch_1_day_max_input_tokens: int | None = None
    """The maximum batch input tokens per day. Only relevant for certain models."""


class ProjectRateLimitUpdateRequestParam(TypedDict, total=False):
    max_requests_per_1_minute: int
    """The maximum requests per minute."""

    max_tokens_per_1_minute: int
    """The maximum tokens per minute."""

    max_images_per_1_minute: int
    """The maximum images per minute. Only relevant for certain models."""

    max_audio_megabytes_per_1_minute: int
    """The maximum audio megabytes per minute. Only relevant for certain models."""

    max_requests_per_1_day: int
    """The maximum requests per day. Only relevant for certain models."""

    batch_1_day_max_input_tokens: int
    """The maximum batch input tokens per day. Only relevant for certain models."""
