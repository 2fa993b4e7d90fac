# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ChatSessionFileUpload(BaseModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """Indicates if uploads are enabled for the session."""

    max_file_size: int | None = None

    max_files: int | None = None
