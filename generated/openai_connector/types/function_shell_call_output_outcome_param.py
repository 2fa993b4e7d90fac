# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .function_shell_call_output_exit_outcome_param import (
    FunctionShellCallOutputExitOutcomeParam,
    FunctionShellCallOutputExitOutcomeParamModel,
)
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,
    FunctionShellCallOutputTimeoutOutcomeParamModel,
)

FunctionShellCallOutputOutcome: TypeAlias = Open[
    Annotated[
        Annotated[FunctionShellCallOutputTimeoutOutcomeParamModel, Tag("timeout")]
        | Annotated[FunctionShellCallOutputExitOutcomeParamModel, Tag("exit")],
        Discriminator(tag_of("type")),
    ]
]
"""The exit or timeout outcome associated with this shell call."""


FunctionShellCallOutputOutcomeParam: TypeAlias = (
    FunctionShellCallOutputTimeoutOutcomeParam | FunctionShellCallOutputExitOutcomeParam
)
"""The exit or timeout outcome associated with this shell call."""
