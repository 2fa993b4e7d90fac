# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestAssistantMessageParam,
)
from .chat_completion_request_developer_message import (
    ChatCompletionRequestDeveloperMessage,
    ChatCompletionRequestDeveloperMessageParam,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,
    ChatCompletionRequestFunctionMessageParam,
)
from .chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestSystemMessageParam,
)
from .chat_completion_request_tool_message import (
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestToolMessageParam,
)
from .chat_completion_request_user_message import (
    ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageParam,
)

ChatCompletionRequestMessage: TypeAlias = Open[
    Annotated[
        Annotated[ChatCompletionRequestDeveloperMessage, Tag("developer")]
        | Annotated[ChatCompletionRequestSystemMessage, Tag("system")]
        | Annotated[ChatCompletionRequestUserMessage, Tag("user")]
        | Annotated[ChatCompletionRequestAssistantMessage, Tag("assistant")]
        | Annotated[ChatCompletionRequestToolMessage, Tag("tool")]
        | Annotated[ChatCompletionRequestFunctionMessage, Tag("function")],
        Discriminator(tag_of("role")),
    ]
]


ChatCompletionRequestMessageParam: TypeAlias = (
    ChatCompletionRequestDeveloperMessageParam
    | ChatCompletionRequestSystemMessageParam
    | ChatCompletionRequestUserMessageParam
    | ChatCompletionRequestAssistantMessageParam
    | ChatCompletionRequestToolMessageParam
    | ChatCompletionRequestFunctionMessageParam
)
