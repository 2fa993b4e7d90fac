# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class FineTuningCheckpointPermission(BaseModel):
    """The `checkpoint.permission` object represents a permission for a fine-tuned model checkpoint."""

    id: str = Field(default_factory=_missing)
    """The permission identifier, which can be referenced in the API endpoints."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the permission was created."""

    project_id: str = Field(default_factory=_missing)
    """The project identifier that the permission is for."""

    object: Literal["checkpoint.permission"] = Field(default_factory=_missing)
    """The object type, which is always "checkpoint.permission"."""
