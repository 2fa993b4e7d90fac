# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ContainerFileResource(BaseModel):
    """The container file object"""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the file."""

    object: str = Field(default_factory=_missing)
    """The type of this object (`container.file`)."""

    container_id: str = Field(default_factory=_missing)
    """The container this file belongs to."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the file was created."""

    bytes: int = Field(default_factory=_missing)
    """Size of the file in bytes."""

    path: str = Field(default_factory=_missing)
    """Path of the file in the container."""

    source: str = Field(default_factory=_missing)
    """Source of the file (e.g., `user`, `assistant`)."""
