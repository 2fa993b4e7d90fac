# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
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
    Annotated[
        Annotated[ToolChoiceOptions, Tag("<str>")]
        | Annotated[ToolChoiceAllowed, Tag("allowed_tools")]
        | Annotated[ToolChoiceTypes, Tag("file_search")]
        | Annotated[ToolChoiceFunction, Tag("function")]
        | Annotated[ToolChoiceMcp, Tag("mcp")]
        | Annotated[ToolChoiceCustom, Tag("custom")]
        | Annotated[SpecificProgrammaticToolCalling, Tag("programmatic_tool_calling")]
        | Annotated[SpecificApplyPatch, Tag("apply_patch")]
        | Annotated[SpecificFunctionShell, Tag("shell")],
        Discriminator(
            tag_of(
                "type",
                {
                    "web_search_preview": "file_search",
                    "computer": "file_search",
                    "computer_use_preview": "file_search",
                    "computer_use": "file_search",
                    "web_search_preview_2025_03_11": "file_search",
                    "image_generation": "file_search",
                    "code_interpreter": "file_search",
                },
            )
        ),
    ]
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
