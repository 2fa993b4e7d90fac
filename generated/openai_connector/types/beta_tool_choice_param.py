# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
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
    Annotated[
        Annotated[BetaToolChoiceOptions, Tag("<str>")]
        | Annotated[BetaToolChoiceAllowed, Tag("allowed_tools")]
        | Annotated[BetaToolChoiceTypes, Tag("file_search")]
        | Annotated[BetaToolChoiceFunction, Tag("function")]
        | Annotated[BetaToolChoiceMcp, Tag("mcp")]
        | Annotated[BetaToolChoiceCustom, Tag("custom")]
        | Annotated[BetaSpecificProgrammaticToolCalling, Tag("programmatic_tool_calling")]
        | Annotated[BetaSpecificApplyPatch, Tag("apply_patch")]
        | Annotated[BetaSpecificFunctionShell, Tag("shell")],
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
