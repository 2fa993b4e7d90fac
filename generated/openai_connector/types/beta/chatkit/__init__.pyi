# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
