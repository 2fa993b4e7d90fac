# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UsageImagesResult(BaseModel):
    """The aggregated images usage details of the specific time bucket."""

    object: 'Literal["organization.usage.images.result"]' = Field(default_factory=_missing)

    images: int = Field(default_factory=_missing)
    """The number of images processed."""

    num_model_requests: int = Field(default_factory=_missing)
    """The count of requests made to the model."""

    source: str | None = None
    """When `group_by=source`, this field provides the source of the grouped usage result, possible values are `image.generation`, `image.edit`, `image.variation`."""

    size: str | None = None
    """When `group_by=size`, this field provides the image size of the grouped usage result."""

    project_id: str | None = None
    """When `group_by=project_id`, this field provides the project ID of the grouped usage result."""

    user_id: str | None = None
    """When `group_by=user_id`, this field provides the user ID of the grouped usage result."""

    api_key_id: str | None = None
    """When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."""

    model: str | None = None
    """When `group_by=model`, this field provides the model name of the grouped usage result."""
