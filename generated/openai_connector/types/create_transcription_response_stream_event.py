# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .transcript_text_delta_event import TranscriptTextDeltaEvent
from .transcript_text_done_event import TranscriptTextDoneEvent
from .transcript_text_segment_event import TranscriptTextSegmentEvent

CreateTranscriptionResponseStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[TranscriptTextSegmentEvent, Tag("transcript.text.segment")]
        | Annotated[TranscriptTextDeltaEvent, Tag("transcript.text.delta")]
        | Annotated[TranscriptTextDoneEvent, Tag("transcript.text.done")],
        Discriminator(tag_of("type")),
    ]
]
