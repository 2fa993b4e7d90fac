# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class FunctionShellAction(BaseModel):
    """Execute a shell command."""

    commands: list[str]

    timeout_ms: int | None = None

    max_output_length: int | None = None
