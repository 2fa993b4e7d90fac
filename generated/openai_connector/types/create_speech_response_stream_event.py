# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .speech_audio_delta_event import SpeechAudioDeltaEvent
from .speech_audio_done_event import SpeechAudioDoneEvent

CreateSpeechResponseStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[SpeechAudioDeltaEvent, Tag("speech.audio.delta")]
        | Annotated[SpeechAudioDoneEvent, Tag("speech.audio.done")],
        Discriminator(tag_of("type")),
    ]
]
