# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..assistant import Assistant as Assistant
from ..assistant import Assistant as AssistantCreateResponse
from ..assistant import Assistant as AssistantListResponse
from ..assistant import Assistant as AssistantRetrieveResponse
from ..assistant import Assistant as AssistantUpdateResponse
from ..assistant_deleted import AssistantDeleted as AssistantDeleteResponse
from ..assistant_deleted import AssistantDeleted as AssistantDeleted
from ..beta_compacted_response import BetaCompactedResponse as BetaCompactedResponse
from ..beta_compacted_response import BetaCompactedResponse as ResponseCompactResponse
from ..beta_response import BetaResponse as BetaResponse
from ..beta_response import BetaResponse as ResponseCancelResponse
from ..beta_response import BetaResponse as ResponseCreateResponse
from ..beta_response import BetaResponse as ResponseRetrieveResponse
from ..beta_response_item import BetaResponseItem as BetaResponseItem
from ..beta_token_counts_resource import BetaTokenCountsResource as BetaTokenCountsResource
from ..chat_kit_thread import ChatKitThread as ChatKitThread
from ..chat_session import ChatSession as ChatSession
from ..deleted_thread_resource import DeletedThreadResource as DeletedThreadResource
from ..message_deleted import MessageDeleted as MessageDeleted
from ..message_object import MessageObject as Message
from ..message_object import MessageObject as MessageObject
from ..realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
from ..realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
)
from ..run import Run as Run
from ..run import Run as ThreadCreateAndRunResponse
from ..run_step import RunStep as RunStep
from ..thread import Thread as Thread
from ..thread import Thread as ThreadCreateResponse
from ..thread import Thread as ThreadRetrieveResponse
from ..thread import Thread as ThreadUpdateResponse
from ..thread_deleted import ThreadDeleted as ThreadDeleteResponse
from ..thread_deleted import ThreadDeleted as ThreadDeleted
from ..thread_item import ThreadItem as ThreadItem

__all__ = [
    "Assistant",
    "AssistantCreateResponse",
    "AssistantDeleteResponse",
    "AssistantDeleted",
    "AssistantListResponse",
    "AssistantRetrieveResponse",
    "AssistantUpdateResponse",
    "BetaCompactedResponse",
    "BetaResponse",
    "BetaResponseItem",
    "BetaTokenCountsResource",
    "ChatKitThread",
    "ChatSession",
    "DeletedThreadResource",
    "Message",
    "MessageDeleted",
    "MessageObject",
    "RealtimeSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponse",
    "ResponseCancelResponse",
    "ResponseCompactResponse",
    "ResponseCreateResponse",
    "ResponseRetrieveResponse",
    "Run",
    "RunStep",
    "Thread",
    "ThreadCreateAndRunResponse",
    "ThreadCreateResponse",
    "ThreadDeleteResponse",
    "ThreadDeleted",
    "ThreadItem",
    "ThreadRetrieveResponse",
    "ThreadUpdateResponse",
]
