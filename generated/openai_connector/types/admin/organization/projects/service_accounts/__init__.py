# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.service_accounts`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ......lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "APIKeyCreateResponse": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ProjectServiceAccount": (("project_service_account", "ProjectServiceAccount"),),
    "ProjectServiceAccountCreateResponse": (
        ("project_service_account_create_response", "ProjectServiceAccountCreateResponse"),
    ),
    "ProjectServiceAccountDeleteResponse": (
        ("project_service_account_delete_response", "ProjectServiceAccountDeleteResponse"),
    ),
    "ServiceAccountAPIKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountApiKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountCreateResponse": (
        ("project_service_account_create_response", "ProjectServiceAccountCreateResponse"),
    ),
    "ServiceAccountDeleteResponse": (
        ("project_service_account_delete_response", "ProjectServiceAccountDeleteResponse"),
    ),
    "ServiceAccountListResponse": (("project_service_account", "ProjectServiceAccount"),),
    "ServiceAccountRetrieveResponse": (("project_service_account", "ProjectServiceAccount"),),
    "ServiceAccountUpdateResponse": (("project_service_account", "ProjectServiceAccount"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
