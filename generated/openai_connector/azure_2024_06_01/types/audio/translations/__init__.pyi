# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from ...audio_response import AudioResponse as AudioResponse
from ...audio_response import AudioResponse as _AudioResponse
from ...audio_verbose_response import AudioVerboseResponse as AudioVerboseResponse
from ...audio_verbose_response import AudioVerboseResponse as _AudioVerboseResponse

TranslationCreateResponse = _AudioResponse | _AudioVerboseResponse

__all__ = [
    "AudioResponse",
    "AudioVerboseResponse",
    "TranslationCreateResponse",
]
