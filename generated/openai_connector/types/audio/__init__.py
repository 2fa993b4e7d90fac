# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.audio`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ...lib._type_exports import Target, load_export

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
