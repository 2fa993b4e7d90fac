# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.chat.completions`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...chat_completion import ChatCompletion as ChatCompletion
    from ...chat_completion import ChatCompletion as CompletionCreateResponse
    from ...chat_completion import ChatCompletion as CompletionListResponse
    from ...chat_completion import ChatCompletion as CompletionRetrieveResponse
    from ...chat_completion import ChatCompletion as CompletionUpdateResponse
    from ...chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from ...chat_completion_deleted import ChatCompletionDeleted as CompletionDeleteResponse
    from ...chat_completion_message_list import ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem
    from ...chat_completion_message_list import ChatCompletionMessageListDataItem as ChatCompletionStoreMessage
    from ...chat_completion_message_list import ChatCompletionMessageListDataItem as MessageListResponse

__all__ = [
    "ChatCompletion",
    "ChatCompletionDeleted",
    "ChatCompletionMessageListDataItem",
    "ChatCompletionStoreMessage",
    "CompletionCreateResponse",
    "CompletionDeleteResponse",
    "CompletionListResponse",
    "CompletionRetrieveResponse",
    "CompletionUpdateResponse",
    "MessageListResponse",
]

_EXPORTS: dict[str, Target] = {
    "ChatCompletion": (("chat_completion", "ChatCompletion"),),
    "ChatCompletionDeleted": (("chat_completion_deleted", "ChatCompletionDeleted"),),
    "ChatCompletionMessageListDataItem": (("chat_completion_message_list", "ChatCompletionMessageListDataItem"),),
    "ChatCompletionStoreMessage": (("chat_completion_message_list", "ChatCompletionMessageListDataItem"),),
    "CompletionCreateResponse": (("chat_completion", "ChatCompletion"),),
    "CompletionDeleteResponse": (("chat_completion_deleted", "ChatCompletionDeleted"),),
    "CompletionListResponse": (("chat_completion", "ChatCompletion"),),
    "CompletionRetrieveResponse": (("chat_completion", "ChatCompletion"),),
    "CompletionUpdateResponse": (("chat_completion", "ChatCompletion"),),
    "MessageListResponse": (("chat_completion_message_list", "ChatCompletionMessageListDataItem"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
