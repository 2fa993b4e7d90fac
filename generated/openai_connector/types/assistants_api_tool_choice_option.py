# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .assistants_named_tool_choice import AssistantsNamedToolChoice, AssistantsNamedToolChoiceParam

AssistantsApiToolChoiceOption: TypeAlias = Open[
    Annotated[
        Annotated[Literal["none", "auto", "required"], Tag("<str>")]
        | Annotated[AssistantsNamedToolChoice, Tag("<dict>")],
        Discriminator(tag_of(None)),
    ]
]
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tools and instead generates a message.
`auto` is the default value and means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools before responding to the user.
Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
"""


AssistantsApiToolChoiceOptionParam: TypeAlias = Literal["none", "auto", "required"] | AssistantsNamedToolChoiceParam
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tools and instead generates a message.
`auto` is the default value and means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools before responding to the user.
Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
"""
