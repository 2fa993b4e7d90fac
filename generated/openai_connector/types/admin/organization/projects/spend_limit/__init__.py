# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.spend_limit`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "ProjectSpendLimit": (("project_spend_limit", "ProjectSpendLimit"),),
    "ProjectSpendLimitDeleted": (("project_spend_limit_deleted", "ProjectSpendLimitDeleted"),),
    "SpendLimitDeleteResponse": (("project_spend_limit_deleted", "ProjectSpendLimitDeleted"),),
    "SpendLimitRetrieveResponse": (("project_spend_limit", "ProjectSpendLimit"),),
    "SpendLimitUpdateResponse": (("project_spend_limit", "ProjectSpendLimit"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
