# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..chat_completion import ChatCompletion as ChatCompletion
from ..chat_completion import ChatCompletion as CompletionCreateResponse
from ..chat_completion import ChatCompletion as CompletionListResponse
from ..chat_completion import ChatCompletion as CompletionRetrieveResponse
from ..chat_completion import ChatCompletion as CompletionUpdateResponse
from ..chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
from ..chat_completion_deleted import ChatCompletionDeleted as CompletionDeleteResponse
from ..chat_completion_message_list import ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem
from ..chat_completion_message_list import ChatCompletionMessageListDataItem as ChatCompletionStoreMessage

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
]
