# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .direct_tool_call_caller_param import DirectToolCallCallerParam, DirectToolCallCallerParamModel
from .program_tool_call_caller_param import ProgramToolCallCallerParam, ProgramToolCallCallerParamModel

ToolCallCallerParamModel: TypeAlias = Open[
    Annotated[
        Annotated[DirectToolCallCallerParamModel, Tag("direct")]
        | Annotated[ProgramToolCallCallerParamModel, Tag("program")],
        Discriminator(tag_of("type")),
    ]
]
"""The execution context that produced this tool call."""


ToolCallCallerParam: TypeAlias = DirectToolCallCallerParam | ProgramToolCallCallerParam
"""The execution context that produced this tool call."""
