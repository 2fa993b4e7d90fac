# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.roles`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "Role": (("role", "Role"),),
    "RoleCreateResponse": (("role", "Role"),),
    "RoleDeleteResponse": (("role_deleted_resource", "RoleDeletedResource"),),
    "RoleDeletedResource": (("role_deleted_resource", "RoleDeletedResource"),),
    "RoleListResponse": (("role", "Role"),),
    "RoleRetrieveResponse": (("role", "Role"),),
    "RoleUpdateResponse": (("role", "Role"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
