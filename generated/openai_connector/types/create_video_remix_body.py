# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class CreateVideoRemixBody(BaseModel):
    """Parameters for remixing an existing generated video."""

    prompt: str
    """Updated text prompt that directs the remix generation."""


class CreateVideoRemixBodyParam(TypedDict, total=False):
    """Parameters for remixing an existing generated video."""

    prompt: Required[str]
    """Updated text prompt that directs the remix generation."""
