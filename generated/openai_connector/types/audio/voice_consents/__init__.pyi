# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...voice_consent_deleted_resource import VoiceConsentDeletedResource as VoiceConsentDeleteResponse
from ...voice_consent_deleted_resource import VoiceConsentDeletedResource as VoiceConsentDeletedResource
from ...voice_consent_resource import VoiceConsentResource as VoiceConsentCreateResponse
from ...voice_consent_resource import VoiceConsentResource as VoiceConsentListResponse
from ...voice_consent_resource import VoiceConsentResource as VoiceConsentResource
from ...voice_consent_resource import VoiceConsentResource as VoiceConsentRetrieveResponse
from ...voice_consent_resource import VoiceConsentResource as VoiceConsentUpdateResponse

__all__ = [
    "VoiceConsentCreateResponse",
    "VoiceConsentDeleteResponse",
    "VoiceConsentDeletedResource",
    "VoiceConsentListResponse",
    "VoiceConsentResource",
    "VoiceConsentRetrieveResponse",
    "VoiceConsentUpdateResponse",
]
