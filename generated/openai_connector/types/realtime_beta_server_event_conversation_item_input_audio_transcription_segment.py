# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment(BaseModel):
    """Returned when an input audio transcription segment is identified for an item."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.segment"] = Field(default_factory=_missing)
    """The event type, must be `conversation.item.input_audio_transcription.segment`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item containing the input audio content."""

    content_index: int = Field(default_factory=_missing)
    """The index of the input audio content part within the item."""

    text: str = Field(default_factory=_missing)
    """The text for this segment."""

    id: str = Field(default_factory=_missing)
    """The segment identifier."""

    speaker: str = Field(default_factory=_missing)
    """The detected speaker label for this segment."""

    start: float = Field(default_factory=_missing)
    """Start time of the segment in seconds."""

    end: float = Field(default_factory=_missing)
    """End time of the segment in seconds."""
