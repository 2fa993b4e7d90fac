# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..realtime_create_client_secret_response import RealtimeCreateClientSecretResponse as ClientSecretCreateResponse
from ..realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
)
from ..realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
)

__all__ = [
    "ClientSecretCreateResponse",
    "RealtimeCreateClientSecretResponse",
    "RealtimeTranslationClientSecretCreateResponse",
]
