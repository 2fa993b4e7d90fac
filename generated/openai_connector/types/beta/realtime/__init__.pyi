# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
from ...realtime_session_create_response import RealtimeSessionCreateResponse as SessionCreateResponse
from ...realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
)
from ...realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as TranscriptionSessionCreateResponse,
)

__all__ = [
    "RealtimeSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponse",
    "SessionCreateResponse",
    "TranscriptionSessionCreateResponse",
]
