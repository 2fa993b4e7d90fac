# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .function_shell_call_output_exit_outcome_param import (
    FunctionShellCallOutputExitOutcomeParam,
    FunctionShellCallOutputExitOutcomeParamParam,
)
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,
    FunctionShellCallOutputTimeoutOutcomeParamParam,
)

FunctionShellCallOutputOutcomeParam: TypeAlias = Open[
    Annotated[
        Annotated[FunctionShellCallOutputTimeoutOutcomeParam, Tag("timeout")]
        | Annotated[FunctionShellCallOutputExitOutcomeParam, Tag("exit")],
        Discriminator(tag_of("type")),
    ]
]
"""The exit or timeout outcome associated with this shell call."""


FunctionShellCallOutputOutcomeParamParam: TypeAlias = (
    FunctionShellCallOutputTimeoutOutcomeParamParam | FunctionShellCallOutputExitOutcomeParamParam
)
"""The exit or timeout outcome associated with this shell call."""
