# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class VideoReferenceInputParam(BaseModel):
    """Reference to the completed video."""

    id: str
    """The identifier of the completed video."""


class VideoReferenceInputParamParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""
