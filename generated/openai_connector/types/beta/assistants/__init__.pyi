# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...assistant import Assistant as Assistant
from ...assistant import Assistant as AssistantCreateResponse
from ...assistant import Assistant as AssistantListResponse
from ...assistant import Assistant as AssistantRetrieveResponse
from ...assistant import Assistant as AssistantUpdateResponse
from ...assistant_deleted import AssistantDeleted as AssistantDeleteResponse
from ...assistant_deleted import AssistantDeleted as AssistantDeleted

__all__ = [
    "Assistant",
    "AssistantCreateResponse",
    "AssistantDeleteResponse",
    "AssistantDeleted",
    "AssistantListResponse",
    "AssistantRetrieveResponse",
    "AssistantUpdateResponse",
]
