# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .log_prob_properties import LogProbProperties
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_language import TranscriptionLanguage


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted(BaseModel):
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (in `server_vad` mode). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.completed"] = Field(default_factory=_missing)
    """The event type, must be
    `conversation.item.input_audio_transcription.completed`.
    """

    item_id: str = Field(default_factory=_missing)
    """The ID of the user message item containing the audio."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part containing the audio."""

    transcript: str = Field(default_factory=_missing)
    """The transcribed text."""

    languages: list[TranscriptionLanguage] | None = None
    """The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected."""

    logprobs: list[LogProbProperties] | None = None
    """The log probabilities of the transcription."""

    usage: 'Open[Annotated[Annotated[TranscriptTextUsageTokens, Tag("tokens")] | Annotated[TranscriptTextUsageDuration, Tag("duration")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """Usage statistics for the transcription."""
