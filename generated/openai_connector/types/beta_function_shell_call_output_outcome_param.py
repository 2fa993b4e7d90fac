# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .beta_function_shell_call_output_exit_outcome_param import (
    BetaFunctionShellCallOutputExitOutcomeParam,
    BetaFunctionShellCallOutputExitOutcomeParamModel,
)
from .beta_function_shell_call_output_timeout_outcome_param import (
    BetaFunctionShellCallOutputTimeoutOutcomeParam,
    BetaFunctionShellCallOutputTimeoutOutcomeParamModel,
)

BetaFunctionShellCallOutputOutcome: TypeAlias = Open[
    Annotated[
        Annotated[BetaFunctionShellCallOutputTimeoutOutcomeParamModel, Tag("timeout")]
        | Annotated[BetaFunctionShellCallOutputExitOutcomeParamModel, Tag("exit")],
        Discriminator(tag_of("type")),
    ]
]
"""The exit or timeout outcome associated with this shell call."""


BetaFunctionShellCallOutputOutcomeParam: TypeAlias = (
    BetaFunctionShellCallOutputTimeoutOutcomeParam | BetaFunctionShellCallOutputExitOutcomeParam
)
"""The exit or timeout outcome associated with this shell call."""
