# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .file_object import FileObject


class Upload(BaseModel):
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str = Field(default_factory=_missing)
    """The Upload unique identifier, which can be referenced in API endpoints."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the Upload was created."""

    filename: str = Field(default_factory=_missing)
    """The name of the file to be uploaded."""

    bytes: int = Field(default_factory=_missing)
    """The intended number of bytes to be uploaded."""

    purpose: str = Field(default_factory=_missing)
    """The intended purpose of the file. [Please refer here](/docs/api-reference/files/object#files/object-purpose) for acceptable values."""

    status: Open[Literal["pending", "completed", "cancelled", "expired"]] = Field(default_factory=_missing)
    """The status of the Upload."""

    expires_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the Upload will expire."""

    object: Literal["upload"] | None = None
    """The object type, which is always "upload"."""

    file: FileObject | None = None
