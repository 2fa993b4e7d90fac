# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open
from .open_ai_file import OpenAiFile


class Upload(BaseModel):
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str
    """The Upload unique identifier, which can be referenced in API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the Upload was created."""

    filename: str
    """The name of the file to be uploaded."""

    bytes: int
    """The intended number of bytes to be uploaded."""

    purpose: str
    """The intended purpose of the file. [Please refer here](/docs/api-reference/files/object#files/object-purpose) for acceptable values."""

    status: Open[Literal["pending", "completed", "cancelled", "expired"]]
    """The status of the Upload."""

    expires_at: int
    """The Unix timestamp (in seconds) for when the Upload will expire."""

    object: Literal["upload"] | None = None
    """The object type, which is always "upload"."""

    file: OpenAiFile | None = None
