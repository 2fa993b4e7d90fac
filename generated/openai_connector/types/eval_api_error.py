# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class EvalApiError(BaseModel):
    """An object representing an error response from the Eval API."""

    code: str
    """The error code."""

    message: str
    """The error message."""
