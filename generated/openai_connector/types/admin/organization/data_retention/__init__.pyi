# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....organization_data_retention import OrganizationDataRetention as DataRetentionRetrieveResponse
from ....organization_data_retention import OrganizationDataRetention as DataRetentionUpdateResponse
from ....organization_data_retention import OrganizationDataRetention as OrganizationDataRetention

__all__ = [
    "DataRetentionRetrieveResponse",
    "DataRetentionUpdateResponse",
    "OrganizationDataRetention",
]
