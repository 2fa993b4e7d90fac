# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventInputAudioTranscriptionFailedError(BaseModel):
    """Details of the transcription error."""

    type: str | None = None
    """The type of error."""

    code: str | None = None
    """Error code, if any."""

    message: str | None = None
    """A human-readable error message."""

    param: str | None = None
    """Parameter related to the error, if any."""


class RealtimeServerEventConversationItemInputAudioTranscriptionFailed(BaseModel):
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.failed"] = Field(default_factory=_missing)
    """The event type, must be
    `conversation.item.input_audio_transcription.failed`.
    """

    item_id: str = Field(default_factory=_missing)
    """The ID of the user message item."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part containing the audio."""

    error: RealtimeServerEventInputAudioTranscriptionFailedError = Field(default_factory=_missing)
    """Details of the transcription error."""
