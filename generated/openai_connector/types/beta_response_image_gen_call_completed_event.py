# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseImageGenCallCompletedEvent(BaseModel):
    """Emitted when an image generation tool call has completed and the final image is available."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.completed'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""
