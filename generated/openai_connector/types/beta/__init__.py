# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ...lib._type_exports import Target, load_export

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
