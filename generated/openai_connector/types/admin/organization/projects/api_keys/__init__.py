# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.api_keys`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "APIKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "APIKeyListResponse": (("project_api_key", "ProjectApiKey"),),
    "APIKeyRetrieveResponse": (("project_api_key", "ProjectApiKey"),),
    "ProjectAPIKey": (("project_api_key", "ProjectApiKey"),),
    "ProjectAPIKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
    "ProjectApiKey": (("project_api_key", "ProjectApiKey"),),
    "ProjectApiKeyDeleteResponse": (("project_api_key_delete_response", "ProjectApiKeyDeleteResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
