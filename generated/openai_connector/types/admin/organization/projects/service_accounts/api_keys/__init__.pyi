# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ......service_account_api_key_body import ServiceAccountApiKeyBody as APIKeyCreateResponse
from ......service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountAPIKeyBody
from ......service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountApiKeyBody

__all__ = [
    "APIKeyCreateResponse",
    "ServiceAccountAPIKeyBody",
    "ServiceAccountApiKeyBody",
]
