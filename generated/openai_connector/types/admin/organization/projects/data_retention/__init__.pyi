# generated from the OpenAI API spec by the openai-connector generator; do not edit
from .....project_data_retention import ProjectDataRetention as DataRetentionRetrieveResponse
from .....project_data_retention import ProjectDataRetention as DataRetentionUpdateResponse
from .....project_data_retention import ProjectDataRetention as ProjectDataRetention

__all__ = [
    "DataRetentionRetrieveResponse",
    "DataRetentionUpdateResponse",
    "ProjectDataRetention",
]
