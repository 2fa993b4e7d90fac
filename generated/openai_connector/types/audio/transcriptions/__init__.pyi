# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson as CreateTranscriptionResponseDiarizedJson,
)
from ...create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson as _CreateTranscriptionResponseDiarizedJson,
)
from ...transcription import Transcription as Transcription
from ...transcription import Transcription as _Transcription
from ...transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
from ...transcription_verbose import TranscriptionVerbose as _TranscriptionVerbose

TranscriptionCreateResponse = _Transcription | _CreateTranscriptionResponseDiarizedJson | _TranscriptionVerbose

__all__ = [
    "CreateTranscriptionResponseDiarizedJson",
    "Transcription",
    "TranscriptionCreateResponse",
    "TranscriptionVerbose",
]
