# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
"""`types.audio`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..audio_response import AudioResponse as AudioResponse
    from ..audio_response import AudioResponse as _AudioResponse
    from ..audio_verbose_response import AudioVerboseResponse as AudioVerboseResponse
    from ..audio_verbose_response import AudioVerboseResponse as _AudioVerboseResponse

    TranscriptionCreateResponse = _AudioResponse | _AudioVerboseResponse

    TranslationCreateResponse = _AudioResponse | _AudioVerboseResponse

__all__ = [
    "AudioResponse",
    "AudioVerboseResponse",
    "TranscriptionCreateResponse",
    "TranslationCreateResponse",
]

_EXPORTS: dict[str, Target] = {
    "AudioResponse": (("audio_response", "AudioResponse"),),
    "AudioVerboseResponse": (("audio_verbose_response", "AudioVerboseResponse"),),
    "TranscriptionCreateResponse": (
        ("audio_response", "AudioResponse"),
        ("audio_verbose_response", "AudioVerboseResponse"),
    ),
    "TranslationCreateResponse": (
        ("audio_response", "AudioResponse"),
        ("audio_verbose_response", "AudioVerboseResponse"),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
