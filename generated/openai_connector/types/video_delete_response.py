# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VideoDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting a video."""

    object: 'Literal["video.deleted"]' = Field(default_factory=_missing)
    """The object type that signals the deletion response."""

    deleted: bool = Field(default_factory=_missing)
    """Indicates that the video resource was deleted."""

    id: str = Field(default_factory=_missing)
    """Identifier of the deleted video."""
