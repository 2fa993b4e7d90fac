# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag


class BetaResponseImageGenCallCompletedEvent(BaseModel):
    """Emitted when an image generation tool call has completed and the final image is available."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.completed"]
    """The type of the event. Always 'response.image_generation_call.completed'."""

    output_index: int
    """The index of the output item in the response's output array."""

    sequence_number: int
    """The sequence number of this event."""

    item_id: str
    """The unique identifier of the image generation item being processed."""
