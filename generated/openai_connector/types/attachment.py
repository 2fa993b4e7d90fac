# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .attachment_type import AttachmentType


class Attachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: AttachmentType = Field(default_factory=_missing)
    """Attachment discriminator."""

    id: str = Field(default_factory=_missing)
    """Identifier for the attachment."""

    name: str = Field(default_factory=_missing)
    """Original display name for the attachment."""

    mime_type: str = Field(default_factory=_missing)
    """MIME type of the attachment."""

    preview_url: str | None = None
    """Preview URL for rendering the attachment inline."""
