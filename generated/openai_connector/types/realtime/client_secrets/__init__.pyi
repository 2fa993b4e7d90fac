# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...realtime_create_client_secret_response import RealtimeCreateClientSecretResponse as ClientSecretCreateResponse
from ...realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
)

__all__ = [
    "ClientSecretCreateResponse",
    "RealtimeCreateClientSecretResponse",
]
