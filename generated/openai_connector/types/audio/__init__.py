# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.audio`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson as CreateTranscriptionResponseDiarizedJson,
    )
    from ..create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson as _CreateTranscriptionResponseDiarizedJson,
    )
    from ..transcription import Transcription as Transcription
    from ..transcription import Transcription as _Transcription
    from ..transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from ..transcription_verbose import TranscriptionVerbose as _TranscriptionVerbose
    from ..translation import Translation as Translation
    from ..translation import Translation as _Translation
    from ..translation_verbose import TranslationVerbose as TranslationVerbose
    from ..translation_verbose import TranslationVerbose as _TranslationVerbose
    from ..voice_consent_deleted_resource import VoiceConsentDeletedResource as VoiceConsentDeleteResponse
    from ..voice_consent_deleted_resource import VoiceConsentDeletedResource as VoiceConsentDeletedResource
    from ..voice_consent_resource import VoiceConsentResource as VoiceConsentCreateResponse
    from ..voice_consent_resource import VoiceConsentResource as VoiceConsentListResponse
    from ..voice_consent_resource import VoiceConsentResource as VoiceConsentResource
    from ..voice_consent_resource import VoiceConsentResource as VoiceConsentRetrieveResponse
    from ..voice_consent_resource import VoiceConsentResource as VoiceConsentUpdateResponse
    from ..voice_resource import VoiceResource as VoiceCreateResponse
    from ..voice_resource import VoiceResource as VoiceResource

    TranscriptionCreateResponse = _Transcription | _CreateTranscriptionResponseDiarizedJson | _TranscriptionVerbose

    TranslationCreateResponse = _Translation | _TranslationVerbose

__all__ = [
    "CreateTranscriptionResponseDiarizedJson",
    "Transcription",
    "TranscriptionCreateResponse",
    "TranscriptionVerbose",
    "Translation",
    "TranslationCreateResponse",
    "TranslationVerbose",
    "VoiceConsentCreateResponse",
    "VoiceConsentDeleteResponse",
    "VoiceConsentDeletedResource",
    "VoiceConsentListResponse",
    "VoiceConsentResource",
    "VoiceConsentRetrieveResponse",
    "VoiceConsentUpdateResponse",
    "VoiceCreateResponse",
    "VoiceResource",
]

_EXPORTS: dict[str, Target] = {
    "CreateTranscriptionResponseDiarizedJson": (
        ("create_transcription_response_diarized_json", "CreateTranscriptionResponseDiarizedJson"),
    ),
    "Transcription": (("transcription", "Transcription"),),
    "TranscriptionCreateResponse": (
        ("transcription", "Transcription"),
        ("create_transcription_response_diarized_json", "CreateTranscriptionResponseDiarizedJson"),
        ("transcription_verbose", "TranscriptionVerbose"),
    ),
    "TranscriptionVerbose": (("transcription_verbose", "TranscriptionVerbose"),),
    "Translation": (("translation", "Translation"),),
    "TranslationCreateResponse": (
        ("translation", "Translation"),
        ("translation_verbose", "TranslationVerbose"),
    ),
    "TranslationVerbose": (("translation_verbose", "TranslationVerbose"),),
    "VoiceConsentCreateResponse": (("voice_consent_resource", "VoiceConsentResource"),),
    "VoiceConsentDeleteResponse": (("voice_consent_deleted_resource", "VoiceConsentDeletedResource"),),
    "VoiceConsentDeletedResource": (("voice_consent_deleted_resource", "VoiceConsentDeletedResource"),),
    "VoiceConsentListResponse": (("voice_consent_resource", "VoiceConsentResource"),),
    "VoiceConsentResource": (("voice_consent_resource", "VoiceConsentResource"),),
    "VoiceConsentRetrieveResponse": (("voice_consent_resource", "VoiceConsentResource"),),
    "VoiceConsentUpdateResponse": (("voice_consent_resource", "VoiceConsentResource"),),
    "VoiceCreateResponse": (("voice_resource", "VoiceResource"),),
    "VoiceResource": (("voice_resource", "VoiceResource"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
