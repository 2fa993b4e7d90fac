# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .realtime_translation_client_event_input_audio_buffer_append import (
    RealtimeTranslationClientEventInputAudioBufferAppend,
)
from .realtime_translation_client_event_session_close import RealtimeTranslationClientEventSessionClose
from .realtime_translation_client_event_session_update import RealtimeTranslationClientEventSessionUpdate

RealtimeTranslationClientEvent: TypeAlias = Open[
    Annotated[
        Annotated[RealtimeTranslationClientEventSessionUpdate, Tag("session.update")]
        | Annotated[RealtimeTranslationClientEventInputAudioBufferAppend, Tag("session.input_audio_buffer.append")]
        | Annotated[RealtimeTranslationClientEventSessionClose, Tag("session.close")],
        Discriminator(tag_of("type")),
    ]
]
"""A Realtime translation client event."""
