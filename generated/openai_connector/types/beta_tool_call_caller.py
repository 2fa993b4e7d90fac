# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_direct_tool_call_caller import BetaDirectToolCallCaller, BetaDirectToolCallCallerRequestParam
from .beta_program_tool_call_caller import BetaProgramToolCallCaller, BetaProgramToolCallCallerRequestParam

BetaToolCallCaller: TypeAlias = Open[
    Annotated[
        Annotated[BetaDirectToolCallCaller, Tag("direct")] | Annotated[BetaProgramToolCallCaller, Tag("program")],
        Discriminator(tag_of("type")),
    ]
]
"""The execution context that produced this tool call."""


BetaToolCallCallerRequestParam: TypeAlias = BetaDirectToolCallCallerRequestParam | BetaProgramToolCallCallerRequestParam
"""The execution context that produced this tool call."""
