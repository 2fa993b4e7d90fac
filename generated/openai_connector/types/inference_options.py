# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .tool_choice import ToolChoice


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: ToolChoice | None = None

    model: str | None = None
