# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UploadPart(BaseModel):
    """The upload Part represents a chunk of bytes we can add to an Upload object."""

    id: str = Field(default_factory=_missing)
    """The upload Part unique identifier, which can be referenced in API endpoints."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the Part was created."""

    upload_id: str = Field(default_factory=_missing)
    """The ID of the Upload object that this Part was added to."""

    object: Literal["upload.part"] = Field(default_factory=_missing)
    """The object type, which is always `upload.part`."""
