# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ErrorPayload(BaseModel):
    """An error payload that was emitted for a streaming error event."""

    type: str
    """The error type that was emitted."""

    code: str | None = None

    message: str
    """The human-readable error message that was emitted."""

    param: str | None = None

    headers: dict[str, str] | None = None
    """The response headers that were emitted with the error, if any."""
