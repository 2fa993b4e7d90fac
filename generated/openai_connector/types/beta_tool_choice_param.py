# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .beta_specific_apply_patch_param import BetaSpecificApplyPatch, BetaSpecificApplyPatchParam
from .beta_specific_function_shell_param import BetaSpecificFunctionShell, BetaSpecificFunctionShellParam
from .beta_specific_programmatic_tool_calling_param import (
    BetaSpecificProgrammaticToolCalling,
    BetaSpecificProgrammaticToolCallingParam,
)
from .beta_tool_choice_allowed import BetaToolChoiceAllowed, BetaToolChoiceAllowedParam
from .beta_tool_choice_custom import BetaToolChoiceCustom, BetaToolChoiceCustomParam
from .beta_tool_choice_function import BetaToolChoiceFunction, BetaToolChoiceFunctionParam
from .beta_tool_choice_mcp import BetaToolChoiceMcp, BetaToolChoiceMcpParam
from .beta_tool_choice_options import BetaToolChoiceOptions
from .beta_tool_choice_types import BetaToolChoiceTypes, BetaToolChoiceTypesParam

BetaToolChoice: TypeAlias = Open[
    BetaToolChoiceOptions
    | BetaToolChoiceAllowed
    | BetaToolChoiceTypes
    | BetaToolChoiceFunction
    | BetaToolChoiceMcp
    | BetaToolChoiceCustom
    | BetaSpecificProgrammaticToolCalling
    | BetaSpecificApplyPatch
    | BetaSpecificFunctionShell
]
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""


BetaToolChoiceParam: TypeAlias = (
    BetaToolChoiceOptions
    | BetaToolChoiceAllowedParam
    | BetaToolChoiceTypesParam
    | BetaToolChoiceFunctionParam
    | BetaToolChoiceMcpParam
    | BetaToolChoiceCustomParam
    | BetaSpecificProgrammaticToolCallingParam
    | BetaSpecificApplyPatchParam
    | BetaSpecificFunctionShellParam
)
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""
