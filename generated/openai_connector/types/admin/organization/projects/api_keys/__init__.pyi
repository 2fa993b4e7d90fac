# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_api_key import ProjectApiKey as APIKeyListResponse
from .....project_api_key import ProjectApiKey as APIKeyRetrieveResponse
from .....project_api_key import ProjectApiKey as ProjectAPIKey
from .....project_api_key import ProjectApiKey as ProjectApiKey
from .....project_api_key_delete_response import ProjectApiKeyDeleteResponse as APIKeyDeleteResponse
from .....project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectAPIKeyDeleteResponse
from .....project_api_key_delete_response import ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse

__all__ = [
    "APIKeyDeleteResponse",
    "APIKeyListResponse",
    "APIKeyRetrieveResponse",
    "ProjectAPIKey",
    "ProjectAPIKeyDeleteResponse",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
]
