# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ....chat_completion_message_list import ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem
from ....chat_completion_message_list import ChatCompletionMessageListDataItem as ChatCompletionStoreMessage
from ....chat_completion_message_list import ChatCompletionMessageListDataItem as MessageListResponse

__all__ = [
    "ChatCompletionMessageListDataItem",
    "ChatCompletionStoreMessage",
    "MessageListResponse",
]
