# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....admin_api_key import AdminApiKey as AdminAPIKey
from ....admin_api_key import AdminApiKey as AdminAPIKeyListResponse
from ....admin_api_key import AdminApiKey as AdminAPIKeyRetrieveResponse
from ....admin_api_key import AdminApiKey as AdminApiKey
from ....admin_api_key_create_response import AdminApiKeyCreateResponse as AdminAPIKeyCreateResponse
from ....admin_api_key_create_response import AdminApiKeyCreateResponse as AdminApiKeyCreateResponse
from ....admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminAPIKeyDeleteResponse
from ....admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminAPIKeysDeleteResponse
from ....admin_api_keys_delete import AdminApiKeysDeleteResponse as AdminApiKeysDeleteResponse

__all__ = [
    "AdminAPIKey",
    "AdminAPIKeyCreateResponse",
    "AdminAPIKeyDeleteResponse",
    "AdminAPIKeyListResponse",
    "AdminAPIKeyRetrieveResponse",
    "AdminAPIKeysDeleteResponse",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeysDeleteResponse",
]
