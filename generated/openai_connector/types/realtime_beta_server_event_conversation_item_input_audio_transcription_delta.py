# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .log_prob_properties import LogProbProperties


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta(BaseModel):
    """Returned when the text value of an input audio transcription content part is updated."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.item.input_audio_transcription.delta"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.input_audio_transcription.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    content_index: int | None = None
    """The index of the content part in the item's content array."""

    delta: str | None = None
    """The text delta."""

    logprobs: list[LogProbProperties] | None = None
    """The log probabilities of the transcription."""
