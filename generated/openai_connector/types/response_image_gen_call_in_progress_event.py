# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseImageGenCallInProgressEvent(BaseModel):
    """Emitted when an image generation tool call is in progress."""

    type: Literal["response.image_generation_call.in_progress"]
    """The type of the event. Always 'response.image_generation_call.in_progress'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""
