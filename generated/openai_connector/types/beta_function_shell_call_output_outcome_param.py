# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_function_shell_call_output_exit_outcome_param import (
    BetaFunctionShellCallOutputExitOutcomeParam,
    BetaFunctionShellCallOutputExitOutcomeParamParam,
)
from .beta_function_shell_call_output_timeout_outcome_param import (
    BetaFunctionShellCallOutputTimeoutOutcomeParam,
    BetaFunctionShellCallOutputTimeoutOutcomeParamParam,
)

BetaFunctionShellCallOutputOutcomeParam: TypeAlias = Open[
    Annotated[
        Annotated[BetaFunctionShellCallOutputTimeoutOutcomeParam, Tag("timeout")]
        | Annotated[BetaFunctionShellCallOutputExitOutcomeParam, Tag("exit")],
        Discriminator(tag_of("type")),
    ]
]
"""The exit or timeout outcome associated with this shell call."""


BetaFunctionShellCallOutputOutcomeParamParam: TypeAlias = (
    BetaFunctionShellCallOutputTimeoutOutcomeParamParam | BetaFunctionShellCallOutputExitOutcomeParamParam
)
"""The exit or timeout outcome associated with this shell call."""
