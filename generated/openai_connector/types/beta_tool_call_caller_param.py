# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam, BetaDirectToolCallCallerParamModel
from .beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam, BetaProgramToolCallCallerParamModel

BetaToolCallCallerParamModel: TypeAlias = Open[
    Annotated[
        Annotated[BetaDirectToolCallCallerParamModel, Tag("direct")]
        | Annotated[BetaProgramToolCallCallerParamModel, Tag("program")],
        Discriminator(tag_of("type")),
    ]
]
"""The execution context that produced this tool call."""


BetaToolCallCallerParam: TypeAlias = BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam
"""The execution context that produced this tool call."""
