# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....message_deleted import MessageDeleted as MessageDeleteResponse
from ....message_deleted import MessageDeleted as MessageDeleted
from ....message_object import MessageObject as Message
from ....message_object import MessageObject as MessageCreateResponse
from ....message_object import MessageObject as MessageListResponse
from ....message_object import MessageObject as MessageObject
from ....message_object import MessageObject as MessageRetrieveResponse
from ....message_object import MessageObject as MessageUpdateResponse

__all__ = [
    "Message",
    "MessageCreateResponse",
    "MessageDeleteResponse",
    "MessageDeleted",
    "MessageListResponse",
    "MessageObject",
    "MessageRetrieveResponse",
    "MessageUpdateResponse",
]
