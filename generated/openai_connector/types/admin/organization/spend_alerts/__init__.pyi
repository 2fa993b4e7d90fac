# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
from ....organization_spend_alert import OrganizationSpendAlert as SpendAlertCreateResponse
from ....organization_spend_alert import OrganizationSpendAlert as SpendAlertListResponse
from ....organization_spend_alert import OrganizationSpendAlert as SpendAlertRetrieveResponse
from ....organization_spend_alert import OrganizationSpendAlert as SpendAlertUpdateResponse
from ....organization_spend_alert_deleted import OrganizationSpendAlertDeleted as OrganizationSpendAlertDeleted
from ....organization_spend_alert_deleted import OrganizationSpendAlertDeleted as SpendAlertDeleteResponse

__all__ = [
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeleted",
    "SpendAlertCreateResponse",
    "SpendAlertDeleteResponse",
    "SpendAlertListResponse",
    "SpendAlertRetrieveResponse",
    "SpendAlertUpdateResponse",
]
