# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse as ClientSecretCreateResponse,
)
from ...realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
)

__all__ = [
    "ClientSecretCreateResponse",
    "RealtimeTranslationClientSecretCreateResponse",
]
