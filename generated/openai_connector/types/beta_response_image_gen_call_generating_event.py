# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag


class BetaResponseImageGenCallGeneratingEvent(BaseModel):
    """Emitted when an image generation tool call is actively generating an image (intermediate state)."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.generating"]
    """The type of the event. Always 'response.image_generation_call.generating'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""
