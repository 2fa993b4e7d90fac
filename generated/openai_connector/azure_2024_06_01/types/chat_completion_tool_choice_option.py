# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Tag

from ...lib._models import Open, tag_of
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice, ChatCompletionNamedToolChoiceParam

ChatCompletionToolChoiceOption: TypeAlias = Open[
    Annotated[
        Annotated[Literal["none", "auto", "required"], Tag("<str>")]
        | Annotated[ChatCompletionNamedToolChoice, Tag("<dict>")],
        Discriminator(tag_of(None)),
    ]
]
"""Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that function."""


ChatCompletionToolChoiceOptionParam: TypeAlias = (
    Literal["none", "auto", "required"] | ChatCompletionNamedToolChoiceParam
)
"""Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that function."""
