# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....organization_spend_limit import OrganizationSpendLimit as OrganizationSpendLimit
from ....organization_spend_limit import OrganizationSpendLimit as SpendLimitRetrieveResponse
from ....organization_spend_limit import OrganizationSpendLimit as SpendLimitUpdateResponse
from ....organization_spend_limit_deleted import OrganizationSpendLimitDeleted as OrganizationSpendLimitDeleted
from ....organization_spend_limit_deleted import OrganizationSpendLimitDeleted as SpendLimitDeleteResponse

__all__ = [
    "OrganizationSpendLimit",
    "OrganizationSpendLimitDeleted",
    "SpendLimitDeleteResponse",
    "SpendLimitRetrieveResponse",
    "SpendLimitUpdateResponse",
]
