# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
from ....realtime_session_create_response import RealtimeSessionCreateResponse as SessionCreateResponse

__all__ = [
    "RealtimeSessionCreateResponse",
    "SessionCreateResponse",
]
