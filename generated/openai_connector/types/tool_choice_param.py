# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import Open
from .specific_apply_patch_param import SpecificApplyPatch, SpecificApplyPatchParam
from .specific_function_shell_param import SpecificFunctionShell, SpecificFunctionShellParam
from .specific_programmatic_tool_calling_param import (
    SpecificProgrammaticToolCalling,
    SpecificProgrammaticToolCallingParam,
)
from .tool_choice_allowed import ToolChoiceAllowed, ToolChoiceAllowedParam
from .tool_choice_custom import ToolChoiceCustom, ToolChoiceCustomParam
from .tool_choice_function import ToolChoiceFunction, ToolChoiceFunctionParam
from .tool_choice_mcp import ToolChoiceMcp, ToolChoiceMcpParam
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes, ToolChoiceTypesParam

ToolChoiceParamModel: TypeAlias = Open[
    ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | SpecificProgrammaticToolCalling
    | SpecificApplyPatch
    | SpecificFunctionShell
]
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""


ToolChoiceParam: TypeAlias = (
    ToolChoiceOptions
    | ToolChoiceAllowedParam
    | ToolChoiceTypesParam
    | ToolChoiceFunctionParam
    | ToolChoiceMcpParam
    | ToolChoiceCustomParam
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchParam
    | SpecificFunctionShellParam
)
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""
