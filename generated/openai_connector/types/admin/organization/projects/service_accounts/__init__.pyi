# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_service_account import ProjectServiceAccount as ProjectServiceAccount
from .....project_service_account import ProjectServiceAccount as ServiceAccountListResponse
from .....project_service_account import ProjectServiceAccount as ServiceAccountRetrieveResponse
from .....project_service_account import ProjectServiceAccount as ServiceAccountUpdateResponse
from .....project_service_account_create_response import (
    ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
)
from .....project_service_account_create_response import (
    ProjectServiceAccountCreateResponse as ServiceAccountCreateResponse,
)
from .....project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
)
from .....project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse as ServiceAccountDeleteResponse,
)
from .....service_account_api_key_body import ServiceAccountApiKeyBody as APIKeyCreateResponse
from .....service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountAPIKeyBody
from .....service_account_api_key_body import ServiceAccountApiKeyBody as ServiceAccountApiKeyBody

__all__ = [
    "APIKeyCreateResponse",
    "ProjectServiceAccount",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ServiceAccountAPIKeyBody",
    "ServiceAccountApiKeyBody",
    "ServiceAccountCreateResponse",
    "ServiceAccountDeleteResponse",
    "ServiceAccountListResponse",
    "ServiceAccountRetrieveResponse",
    "ServiceAccountUpdateResponse",
]
