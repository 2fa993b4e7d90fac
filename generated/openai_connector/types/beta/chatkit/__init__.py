# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.chatkit`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...chat_kit_thread import ChatKitThread as ChatKitThread
    from ...chat_kit_thread import ChatKitThread as ThreadListResponse
    from ...chat_kit_thread import ChatKitThread as ThreadRetrieveResponse
    from ...chat_session import ChatSession as ChatSession
    from ...chat_session import ChatSession as SessionCancelResponse
    from ...chat_session import ChatSession as SessionCreateResponse
    from ...deleted_thread_resource import DeletedThreadResource as DeletedThreadResource
    from ...deleted_thread_resource import DeletedThreadResource as ThreadDeleteResponse
    from ...thread_item import ThreadItem as ThreadItem
    from ...thread_item import ThreadItem as ThreadListItemsResponse

__all__ = [
    "ChatKitThread",
    "ChatSession",
    "DeletedThreadResource",
    "SessionCancelResponse",
    "SessionCreateResponse",
    "ThreadDeleteResponse",
    "ThreadItem",
    "ThreadListItemsResponse",
    "ThreadListResponse",
    "ThreadRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "ChatKitThread": (("chat_kit_thread", "ChatKitThread"),),
    "ChatSession": (("chat_session", "ChatSession"),),
    "DeletedThreadResource": (("deleted_thread_resource", "DeletedThreadResource"),),
    "SessionCancelResponse": (("chat_session", "ChatSession"),),
    "SessionCreateResponse": (("chat_session", "ChatSession"),),
    "ThreadDeleteResponse": (("deleted_thread_resource", "DeletedThreadResource"),),
    "ThreadItem": (("thread_item", "ThreadItem"),),
    "ThreadListItemsResponse": (("thread_item", "ThreadItem"),),
    "ThreadListResponse": (("chat_kit_thread", "ChatKitThread"),),
    "ThreadRetrieveResponse": (("chat_kit_thread", "ChatKitThread"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
