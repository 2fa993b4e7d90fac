# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UsageAudioSpeechesResult(BaseModel):
    """The aggregated audio speeches usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_speeches.result"] = Field(default_factory=_missing)

    characters: int = Field(default_factory=_missing)
    """The number of characters processed."""

    num_model_requests: int = Field(default_factory=_missing)
    """The count of requests made to the model."""

    project_id: str | None = None
    """When `group_by=project_id`, this field provides the project ID of the grouped usage result."""

    user_id: str | None = None
    """When `group_by=user_id`, this field provides the user ID of the grouped usage result."""

    api_key_id: str | None = None
    """When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."""

    model: str | None = None
    """When `group_by=model`, this field provides the model name of the grouped usage result."""
