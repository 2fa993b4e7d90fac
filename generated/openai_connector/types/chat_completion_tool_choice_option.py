# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .chat_completion_allowed_tools_choice import (
    ChatCompletionAllowedToolsChoice,
    ChatCompletionAllowedToolsChoiceParam,
)
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice, ChatCompletionNamedToolChoiceParam
from .chat_completion_named_tool_choice_custom import (
    ChatCompletionNamedToolChoiceCustom,
    ChatCompletionNamedToolChoiceCustomParam,
)

ChatCompletionToolChoiceOption: TypeAlias = Open[
    Annotated[
        Annotated[Literal["none", "auto", "required"], Tag("<str>")]
        | Annotated[ChatCompletionAllowedToolsChoice, Tag("allowed_tools")]
        | Annotated[ChatCompletionNamedToolChoice, Tag("function")]
        | Annotated[ChatCompletionNamedToolChoiceCustom, Tag("custom")],
        Discriminator(tag_of("type")),
    ]
]
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tool and instead generates a message.
`auto` means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools.
Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

`none` is the default when no tools are present. `auto` is the default if tools are present.
"""


ChatCompletionToolChoiceOptionParam: TypeAlias = (
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoiceParam
    | ChatCompletionNamedToolChoiceParam
    | ChatCompletionNamedToolChoiceCustomParam
)
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tool and instead generates a message.
`auto` means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools.
Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

`none` is the default when no tools are present. `auto` is the default if tools are present.
"""
