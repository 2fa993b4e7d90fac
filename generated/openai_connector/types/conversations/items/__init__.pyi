# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ...conversation import Conversation as Conversation
from ...conversation import Conversation as ItemDeleteResponse
from ...conversation_item import ConversationItem as ConversationItem
from ...conversation_item import ConversationItem as ItemListResponse
from ...conversation_item import ConversationItem as ItemRetrieveResponse
from ...conversation_item_list import ConversationItemList as ConversationItemList
from ...conversation_item_list import ConversationItemList as ItemCreateResponse

__all__ = [
    "Conversation",
    "ConversationItem",
    "ConversationItemList",
    "ItemCreateResponse",
    "ItemDeleteResponse",
    "ItemListResponse",
    "ItemRetrieveResponse",
]
