# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
