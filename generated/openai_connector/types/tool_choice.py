# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""
