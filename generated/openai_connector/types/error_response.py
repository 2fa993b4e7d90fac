# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .error import Error


class ErrorResponse(BaseModel):
    error: Error
