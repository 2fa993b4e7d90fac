# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseImageGenCallGeneratingEvent(BaseModel):
    """Emitted when an image generation tool call is actively generating an image (intermediate state)."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.generating"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.generating'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the image generation item being processed."""
