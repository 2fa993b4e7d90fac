# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.realtime`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "RealtimeSessionCreateResponse": (("realtime_session_create_response", "RealtimeSessionCreateResponse"),),
    "RealtimeTranscriptionSessionCreateResponse": (
        ("realtime_transcription_session_create_response", "RealtimeTranscriptionSessionCreateResponse"),
    ),
    "SessionCreateResponse": (("realtime_session_create_response", "RealtimeSessionCreateResponse"),),
    "TranscriptionSessionCreateResponse": (
        ("realtime_transcription_session_create_response", "RealtimeTranscriptionSessionCreateResponse"),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
