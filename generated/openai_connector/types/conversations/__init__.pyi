# generated from the OpenAI API spec by the openai-connector generator; do not edit
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
