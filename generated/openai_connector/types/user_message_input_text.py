# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class UserMessageInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`."""

    text: str
    """Plain-text content supplied by the user."""
