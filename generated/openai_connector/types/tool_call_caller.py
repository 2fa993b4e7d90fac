# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .direct_tool_call_caller import DirectToolCallCaller, DirectToolCallCallerRequestParam
from .program_tool_call_caller import ProgramToolCallCaller, ProgramToolCallCallerRequestParam

ToolCallCaller: TypeAlias = Open[
    Annotated[
        Annotated[DirectToolCallCaller, Tag("direct")] | Annotated[ProgramToolCallCaller, Tag("program")],
        Discriminator(tag_of("type")),
    ]
]
"""The execution context that produced this tool call."""


ToolCallCallerRequestParam: TypeAlias = DirectToolCallCallerRequestParam | ProgramToolCallCallerRequestParam
"""The execution context that produced this tool call."""
