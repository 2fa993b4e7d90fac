# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.service_accounts.api_keys`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "APIKeyCreateResponse": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountAPIKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
    "ServiceAccountApiKeyBody": (("service_account_api_key_body", "ServiceAccountApiKeyBody"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 5, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
