# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.admin_api_keys`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "AdminAPIKey": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeyCreateResponse": (("admin_api_key_create_response", "AdminApiKeyCreateResponse"),),
    "AdminAPIKeyDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AdminAPIKeyListResponse": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeyRetrieveResponse": (("admin_api_key", "AdminApiKey"),),
    "AdminAPIKeysDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
    "AdminApiKey": (("admin_api_key", "AdminApiKey"),),
    "AdminApiKeyCreateResponse": (("admin_api_key_create_response", "AdminApiKeyCreateResponse"),),
    "AdminApiKeysDeleteResponse": (("admin_api_keys_delete", "AdminApiKeysDeleteResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
