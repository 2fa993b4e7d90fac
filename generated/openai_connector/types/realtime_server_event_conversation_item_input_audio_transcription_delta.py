# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .log_prob_properties import LogProbProperties


class RealtimeServerEventConversationItemInputAudioTranscriptionDelta(BaseModel):
    """Returned when the text value of an input audio transcription content part is updated with incremental transcription results."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.item.input_audio_transcription.delta"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.input_audio_transcription.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item containing the audio that is being transcribed."""

    content_index: int | None = None
    """The index of the content part in the item's content array."""

    delta: str | None = None
    """The text delta."""

    logprobs: list[LogProbProperties] | None = None
    """The log probabilities of the transcription. These can be enabled by configurating the session with `"include": ["item.input_audio_transcription.logprobs"]`. Each entry in the array corresponds a log probability of which token would be selected for this chunk of transcription. This can help to identify if it was possible there were multiple valid options for a given chunk of transcription."""
