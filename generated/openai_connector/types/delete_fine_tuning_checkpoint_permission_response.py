# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DeleteFineTuningCheckpointPermissionResponse(BaseModel):
    id: str = Field(default_factory=_missing)
    """The ID of the fine-tuned model checkpoint permission that was deleted."""

    object: Literal["checkpoint.permission"] = Field(default_factory=_missing)
    """The object type, which is always "checkpoint.permission"."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the fine-tuned model checkpoint permission was successfully deleted."""
