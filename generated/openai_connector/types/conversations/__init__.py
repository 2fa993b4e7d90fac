# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.conversations`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..conversation import Conversation as Conversation
    from ..conversation import Conversation as ConversationCreateResponse
    from ..conversation import Conversation as ConversationRetrieveResponse
    from ..conversation import Conversation as ConversationUpdateResponse
    from ..conversation import Conversation as ItemDeleteResponse
    from ..conversation_deleted_resource import ConversationDeletedResource as ConversationDeleteResponse
    from ..conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource
    from ..conversation_item import ConversationItem as ConversationItem
    from ..conversation_item import ConversationItem as ItemListResponse
    from ..conversation_item import ConversationItem as ItemRetrieveResponse
    from ..conversation_item_list import ConversationItemList as ConversationItemList
    from ..conversation_item_list import ConversationItemList as ItemCreateResponse

__all__ = [
    "Conversation",
    "ConversationCreateResponse",
    "ConversationDeleteResponse",
    "ConversationDeletedResource",
    "ConversationItem",
    "ConversationItemList",
    "ConversationRetrieveResponse",
    "ConversationUpdateResponse",
    "ItemCreateResponse",
    "ItemDeleteResponse",
    "ItemListResponse",
    "ItemRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "Conversation": (("conversation", "Conversation"),),
    "ConversationCreateResponse": (("conversation", "Conversation"),),
    "ConversationDeleteResponse": (("conversation_deleted_resource", "ConversationDeletedResource"),),
    "ConversationDeletedResource": (("conversation_deleted_resource", "ConversationDeletedResource"),),
    "ConversationItem": (("conversation_item", "ConversationItem"),),
    "ConversationItemList": (("conversation_item_list", "ConversationItemList"),),
    "ConversationRetrieveResponse": (("conversation", "Conversation"),),
    "ConversationUpdateResponse": (("conversation", "Conversation"),),
    "ItemCreateResponse": (("conversation_item_list", "ConversationItemList"),),
    "ItemDeleteResponse": (("conversation", "Conversation"),),
    "ItemListResponse": (("conversation_item", "ConversationItem"),),
    "ItemRetrieveResponse": (("conversation_item", "ConversationItem"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
