# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ModerationErrorBody(BaseModel):
    """An error produced while attempting moderation for the response input or output."""

    type: Literal["error"]
    """The object type, which was always `error` for moderation failures."""

    code: str
    """The error code."""

    message: str
    """The error message."""
