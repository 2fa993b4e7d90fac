# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_spend_limit import ProjectSpendLimit as ProjectSpendLimit
from .....project_spend_limit import ProjectSpendLimit as SpendLimitRetrieveResponse
from .....project_spend_limit import ProjectSpendLimit as SpendLimitUpdateResponse
from .....project_spend_limit_deleted import ProjectSpendLimitDeleted as ProjectSpendLimitDeleted
from .....project_spend_limit_deleted import ProjectSpendLimitDeleted as SpendLimitDeleteResponse

__all__ = [
    "ProjectSpendLimit",
    "ProjectSpendLimitDeleted",
    "SpendLimitDeleteResponse",
    "SpendLimitRetrieveResponse",
    "SpendLimitUpdateResponse",
]
