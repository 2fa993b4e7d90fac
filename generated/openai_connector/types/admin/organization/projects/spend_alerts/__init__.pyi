# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
from .....project_spend_alert import ProjectSpendAlert as SpendAlertCreateResponse
from .....project_spend_alert import ProjectSpendAlert as SpendAlertListResponse
from .....project_spend_alert import ProjectSpendAlert as SpendAlertRetrieveResponse
from .....project_spend_alert import ProjectSpendAlert as SpendAlertUpdateResponse
from .....project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
from .....project_spend_alert_deleted import ProjectSpendAlertDeleted as SpendAlertDeleteResponse

__all__ = [
    "ProjectSpendAlert",
    "ProjectSpendAlertDeleted",
    "SpendAlertCreateResponse",
    "SpendAlertDeleteResponse",
    "SpendAlertListResponse",
    "SpendAlertRetrieveResponse",
    "SpendAlertUpdateResponse",
]
