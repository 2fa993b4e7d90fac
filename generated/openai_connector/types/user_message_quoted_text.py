# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class UserMessageQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`."""

    text: str
    """Quoted text content."""
