# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.service_accounts`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ......lib._type_exports import Target, load_export

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
