# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_translation_server_event_session_closed import RealtimeTranslationServerEventSessionClosed
from .realtime_translation_server_event_session_created import RealtimeTranslationServerEventSessionCreated
from .realtime_translation_server_event_session_input_transcript_delta import (
    RealtimeTranslationServerEventSessionInputTranscriptDelta,
)
from .realtime_translation_server_event_session_output_audio_delta import (
    RealtimeTranslationServerEventSessionOutputAudioDelta,
)
from .realtime_translation_server_event_session_output_transcript_delta import (
    RealtimeTranslationServerEventSessionOutputTranscriptDelta,
)
from .realtime_translation_server_event_session_updated import RealtimeTranslationServerEventSessionUpdated

RealtimeTranslationServerEvent: TypeAlias = Open[
    Annotated[
        Annotated[RealtimeServerEventError, Tag("error")]
        | Annotated[RealtimeTranslationServerEventSessionCreated, Tag("session.created")]
        | Annotated[RealtimeTranslationServerEventSessionUpdated, Tag("session.updated")]
        | Annotated[RealtimeTranslationServerEventSessionClosed, Tag("session.closed")]
        | Annotated[RealtimeTranslationServerEventSessionInputTranscriptDelta, Tag("session.input_transcript.delta")]
        | Annotated[RealtimeTranslationServerEventSessionOutputTranscriptDelta, Tag("session.output_transcript.delta")]
        | Annotated[RealtimeTranslationServerEventSessionOutputAudioDelta, Tag("session.output_audio.delta")],
        Discriminator(tag_of("type")),
    ]
]
"""A Realtime translation server event."""
