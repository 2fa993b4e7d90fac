# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ...lib._models import Open, tag_of
from .chat_completion_request_message_assistant import (
    ChatCompletionRequestMessageAssistant,
    ChatCompletionRequestMessageAssistantParam,
)
from .chat_completion_request_message_function import (
    ChatCompletionRequestMessageFunction,
    ChatCompletionRequestMessageFunctionParam,
)
from .chat_completion_request_message_system import (
    ChatCompletionRequestMessageSystem,
    ChatCompletionRequestMessageSystemParam,
)
from .chat_completion_request_message_tool import (
    ChatCompletionRequestMessageTool,
    ChatCompletionRequestMessageToolParam,
)
from .chat_completion_request_message_user import (
    ChatCompletionRequestMessageUser,
    ChatCompletionRequestMessageUserParam,
)

ChatCompletionRequestMessage: TypeAlias = Open[
    Annotated[
        Annotated[ChatCompletionRequestMessageSystem, Tag("system")]
        | Annotated[ChatCompletionRequestMessageUser, Tag("user")]
        | Annotated[ChatCompletionRequestMessageAssistant, Tag("assistant")]
        | Annotated[ChatCompletionRequestMessageTool, Tag("tool")]
        | Annotated[ChatCompletionRequestMessageFunction, Tag("function")],
        Discriminator(tag_of("role")),
    ]
]


ChatCompletionRequestMessageParam: TypeAlias = (
    ChatCompletionRequestMessageSystemParam
    | ChatCompletionRequestMessageUserParam
    | ChatCompletionRequestMessageAssistantParam
    | ChatCompletionRequestMessageToolParam
    | ChatCompletionRequestMessageFunctionParam
)
