# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.admin.organization.projects.spend_alerts`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ......lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "ProjectSpendAlert": (("project_spend_alert", "ProjectSpendAlert"),),
    "ProjectSpendAlertDeleted": (("project_spend_alert_deleted", "ProjectSpendAlertDeleted"),),
    "SpendAlertCreateResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendAlertDeleteResponse": (("project_spend_alert_deleted", "ProjectSpendAlertDeleted"),),
    "SpendAlertListResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendAlertRetrieveResponse": (("project_spend_alert", "ProjectSpendAlert"),),
    "SpendAlertUpdateResponse": (("project_spend_alert", "ProjectSpendAlert"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 4, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
