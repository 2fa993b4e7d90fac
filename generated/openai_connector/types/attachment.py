# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .attachment_type import AttachmentType


class Attachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: AttachmentType
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: str | None = None
