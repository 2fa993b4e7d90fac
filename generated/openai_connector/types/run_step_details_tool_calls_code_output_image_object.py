# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    """Code Interpreter image output"""

    type: Literal["image"]
    """Always `image`."""

    image: RunStepDetailsToolCallsCodeOutputImageObjectImage


class RunStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str
    """The [file](/docs/api-reference/files) ID of the image."""
