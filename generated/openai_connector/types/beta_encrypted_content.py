# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class BetaEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: Literal["encrypted_content"]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str
    """Opaque encrypted content."""
