# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ErrorDetail(BaseModel):
    """An error that occurred while generating the response."""

    code: str
    """A machine-readable error code that was returned."""

    message: str
    """A human-readable description of the error that was returned."""
