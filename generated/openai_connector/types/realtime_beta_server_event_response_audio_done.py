# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventResponseAudioDone(BaseModel):
    """Returned when the model-generated audio is done. Also emitted when a Response
    is interrupted, incomplete, or cancelled.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.output_audio.done"] = Field(default_factory=_missing)
    """The event type, must be `response.output_audio.done`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part in the item's content array."""
