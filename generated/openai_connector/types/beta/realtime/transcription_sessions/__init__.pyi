# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
)
from ....realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as TranscriptionSessionCreateResponse,
)

__all__ = [
    "RealtimeTranscriptionSessionCreateResponse",
    "TranscriptionSessionCreateResponse",
]
