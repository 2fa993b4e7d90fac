# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
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

_EXPORTS: dict[str, Target] = {
    "Assistant": (("assistant", "Assistant"),),
    "AssistantCreateResponse": (("assistant", "Assistant"),),
    "AssistantDeleteResponse": (("assistant_deleted", "AssistantDeleted"),),
    "AssistantDeleted": (("assistant_deleted", "AssistantDeleted"),),
    "AssistantListResponse": (("assistant", "Assistant"),),
    "AssistantRetrieveResponse": (("assistant", "Assistant"),),
    "AssistantUpdateResponse": (("assistant", "Assistant"),),
    "BetaCompactedResponse": (("beta_compacted_response", "BetaCompactedResponse"),),
    "BetaResponse": (("beta_response", "BetaResponse"),),
    "BetaResponseItem": (("beta_response_item", "BetaResponseItem"),),
    "BetaTokenCountsResource": (("beta_token_counts_resource", "BetaTokenCountsResource"),),
    "ChatKitThread": (("chat_kit_thread", "ChatKitThread"),),
    "ChatSession": (("chat_session", "ChatSession"),),
    "DeletedThreadResource": (("deleted_thread_resource", "DeletedThreadResource"),),
    "Message": (("message_object", "MessageObject"),),
    "MessageDeleted": (("message_deleted", "MessageDeleted"),),
    "MessageObject": (("message_object", "MessageObject"),),
    "RealtimeSessionCreateResponse": (("realtime_session_create_response", "RealtimeSessionCreateResponse"),),
    "RealtimeTranscriptionSessionCreateResponse": (
        ("realtime_transcription_session_create_response", "RealtimeTranscriptionSessionCreateResponse"),
    ),
    "ResponseCancelResponse": (("beta_response", "BetaResponse"),),
    "ResponseCompactResponse": (("beta_compacted_response", "BetaCompactedResponse"),),
    "ResponseCreateResponse": (("beta_response", "BetaResponse"),),
    "ResponseRetrieveResponse": (("beta_response", "BetaResponse"),),
    "Run": (("run", "Run"),),
    "RunStep": (("run_step", "RunStep"),),
    "Thread": (("thread", "Thread"),),
    "ThreadCreateAndRunResponse": (("run", "Run"),),
    "ThreadCreateResponse": (("thread", "Thread"),),
    "ThreadDeleteResponse": (("thread_deleted", "ThreadDeleted"),),
    "ThreadDeleted": (("thread_deleted", "ThreadDeleted"),),
    "ThreadItem": (("thread_item", "ThreadItem"),),
    "ThreadRetrieveResponse": (("thread", "Thread"),),
    "ThreadUpdateResponse": (("thread", "Thread"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
